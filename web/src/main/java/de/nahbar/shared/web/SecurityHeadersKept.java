package de.nahbar.shared.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The server sets the security headers on every response before nahbar's code runs (nahbar.cli);
 * a response reset for an error page dropped them with everything else (PrimeFaces resets before
 * rendering its error page). Whatever of them the response carried is set again after a reset.
 * First in the filter chain (web.xml), so that every later reset meets it.
 */
public class SecurityHeadersKept extends HttpFilter {

    static final List<String> HEADERS = List.of(
            "X-Content-Type-Options",
            "X-Frame-Options",
            "Referrer-Policy",
            "Permissions-Policy",
            "Strict-Transport-Security");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Map<String, String> set = new LinkedHashMap<>();
        for (String name : HEADERS) {
            String value = response.getHeader(name);
            if (value != null) {
                set.put(name, value);
            }
        }
        chain.doFilter(
                request,
                set.isEmpty()
                        ? response
                        : new HttpServletResponseWrapper(response) {
                            @Override
                            public void reset() {
                                super.reset();
                                set.forEach(super::setHeader);
                            }
                        });
    }
}
