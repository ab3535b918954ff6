package de.nahbar.shared.web;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The paging and sorting parameters PrimeFaces' tables send ({@code <table>_first},
 * {@code _rows}, {@code _sortKey}, {@code _sortDir}) are only ever numbers and component ids
 * when a browser sends them. Anything else is a forged request, answered 400 before PrimeFaces
 * fails on it with a 500; the largest page is the services' limit.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class TableParameterFilter extends HttpFilter {

    static final int MAX_ROWS = 500;

    private static final Map<String, Pattern> RULES = Map.of(
            "_first", Pattern.compile("\\d{1,9}"),
            "_rows", Pattern.compile("\\d{1,3}"),
            "_sortKey", Pattern.compile("[\\w:-]{1,300}"),
            "_sortDir", Pattern.compile("-?[01]"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && !allPlausible(request.getParameterMap())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean allPlausible(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            for (Map.Entry<String, Pattern> rule : RULES.entrySet()) {
                if (parameter.getKey().endsWith(rule.getKey())) {
                    for (String value : parameter.getValue()) {
                        if (!rule.getValue().matcher(value).matches()
                                || rule.getKey().equals("_rows") && (Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_ROWS)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }
}
