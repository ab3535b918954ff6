package de.nahbar.staff.web;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import de.nahbar.staff.service.LoginGuard;

/**
 * Tells the login guard how form logins went. A wrong password makes the server forward the
 * {@code j_security_check} request, with its parameters, to the login page: that is a failure.
 * The first request of a session with a logged-in user is a success.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class LoginAttempts extends HttpFilter {

    private static final String COUNTED = LoginAttempts.class.getName() + ".counted";

    @EJB
    private LoginGuard guard;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.FORWARD) {
            Object from = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            if (from != null && from.toString().endsWith("/j_security_check") && request.getRemoteUser() == null) {
                guard.failed(request.getParameter("j_username"));
            }
        } else if (request.getRemoteUser() != null) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(COUNTED) == null) {
                session.setAttribute(COUNTED, Boolean.TRUE);
                guard.succeeded(request.getRemoteUser());
            }
        }
        chain.doFilter(request, response);
    }
}
