package de.nahbar.shared.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Every redirect nahbar sends names a path, never a host: the servlet container builds absolute
 * addresses from the request's Host header, which is the client's word (an attacker's host would
 * end up in Location). Browsers resolve the path against the address they asked.
 */
public class RelativeRedirects extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                if (isCommitted()) {
                    throw new IllegalStateException("response committed");
                }
                resetBuffer();
                setStatus(SC_FOUND);
                setHeader("Location", path(request.getRequestURI(), location));
                flushBuffer();
            }
        });
    }

    /** {@code location} as a path of this server: its host dropped, a relative one resolved against the request. */
    static String path(String requestUri, String location) {
        try {
            URI uri = new URI(requestUri).resolve(new URI(location));
            StringBuilder path = new StringBuilder(
                    uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
            if (uri.getRawQuery() != null) {
                path.append('?').append(uri.getRawQuery());
            }
            if (uri.getRawFragment() != null) {
                path.append('#').append(uri.getRawFragment());
            }
            // "//host/…" would be read by the browser as another host
            return path.toString().replaceFirst("^/{2,}", "/");
        } catch (URISyntaxException malformed) {
            return "/";
        }
    }
}
