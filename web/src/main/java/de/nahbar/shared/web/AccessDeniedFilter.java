package de.nahbar.shared.web;

import java.io.IOException;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.nahbar.shared.service.AccessRefusedException;

/**
 * A refusal from the EJB layer (no role, not this case) anywhere below a page becomes HTTP 403
 * with the German 403 page, instead of a 500.
 */
public class AccessDeniedFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (isAccessDenied(e) && !response.isCommitted()) {
                Refusals.logRefusedCall(request, e); // data-level refusals were written by the service
                response.reset();
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            throw e;
        }
    }

    static boolean isAccessDenied(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessRefusedException || cause instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }
}
