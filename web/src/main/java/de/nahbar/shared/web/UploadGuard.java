package de.nahbar.shared.web;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads an upload's parts before anything else asks for a parameter. A body the server stops
 * reading (over its limit, or a connection that ends mid-upload) then answers 413 here instead of
 * failing inside Faces with an error page and a stack trace. Files over what a page allows are
 * read and refused at their field by the page (web.xml's multipart limits).
 */
public class UploadGuard extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(UploadGuard.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())
                && request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            try {
                request.getParts();
            } catch (IOException | IllegalStateException | ServletException unreadable) {
                LOG.info(() -> "upload to " + request.getServletPath() + " not read: " + unreadable.getMessage());
                if (!response.isCommitted()) {
                    response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
