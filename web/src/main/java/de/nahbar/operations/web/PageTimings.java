package de.nahbar.operations.web;

import java.io.IOException;
import java.net.MalformedURLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * Times every request for a page ({@code nahbar_page_requests_seconds}, by page and class of the
 * answer: 2xx, 3xx, 4xx, 5xx). Only nahbar's own pages are named; any other address counts as
 * "andere", so that made-up addresses cannot multiply the figures. No user, no customer.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PageTimings extends HttpFilter {

    private static final String OTHER = "andere";
    private static final int MAX_PAGES = 300;

    @Inject
    private MeterRegistry registry;

    /** nahbar's pages met so far; an address that is none is looked up again, never kept. */
    private final Set<String> pages = ConcurrentHashMap.newKeySet();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Timer.Sample sample = Timer.start(Clock.SYSTEM);
        try {
            chain.doFilter(request, response);
        } finally {
            // the registry's own method: WildFly 39 exports no meter registered by a builder (WFLY-21339)
            sample.stop(registry.timer(
                    "nahbar.page.requests",
                    Tags.of("page", page(request), "status", response.getStatus() / 100 + "xx")));
        }
    }

    private String page(HttpServletRequest request) {
        String path = request.getServletPath();
        if (pages.contains(path)) {
            return path;
        }
        if (pages.size() < MAX_PAGES && isPage(path)) {
            pages.add(path);
            return path;
        }
        return OTHER;
    }

    private boolean isPage(String path) {
        if (path.startsWith("/WEB-INF/")) {
            return false;
        }
        try {
            return getServletContext().getResource(path) != null;
        } catch (MalformedURLException e) {
            return false;
        }
    }
}
