package de.nahbar.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * How long a browser keeps what the pages load. A resource with a version in its address
 * (PrimeFaces' scripts and styles, {@code v=15.0.13}) never changes under that address: kept for
 * a year without asking again. nahbar's own style sheet has no version: the browser asks each
 * time and gets "304 Not Modified" until a new release changes it, so nobody works with an old
 * one after an update. Faces' own header (seven days for both) is replaced.
 */
@WebFilter(urlPatterns = "/jakarta.faces.resource/*")
public class ResourceCaching extends HttpFilter {

    static final String VERSIONED = "public, max-age=31536000, immutable";
    static final String UNVERSIONED = "no-cache";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", request.getParameter("v") != null ? VERSIONED : UNVERSIONED);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!isCacheHeader(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!isCacheHeader(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!isCacheHeader(name)) {
                    super.setDateHeader(name, date);
                }
            }
        });
    }

    private static boolean isCacheHeader(String name) {
        return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
    }
}
