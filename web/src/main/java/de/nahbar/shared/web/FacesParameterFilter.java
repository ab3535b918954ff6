package de.nahbar.shared.web;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Faces parameters that have one form whenever a browser sends them: the view state (nahbar
 * keeps every view on the server, so it is two numbers; "stateless" made Mojarra fail with a
 * 500), and the paging and sorting parameters of PrimeFaces' tables ({@code <table>_first},
 * {@code _rows}, {@code _sortKey}, {@code _sortDir}), numbers and component ids. Anything else is
 * a forged request, answered 400 before Faces or PrimeFaces fail on it, and written to the security
 * log; the largest page is the services' limit.
 */
public class FacesParameterFilter extends HttpFilter {

    static final int MAX_ROWS = 500;

    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final Pattern SERVER_VIEW_STATE = Pattern.compile("-?\\d{1,20}:-?\\d{1,20}");

    private static final Map<String, Pattern> TABLE_RULES = Map.of(
            "_first", Pattern.compile("\\d{1,9}"),
            "_rows", Pattern.compile("\\d{1,3}"),
            "_sortKey", Pattern.compile("[\\w:-]{1,300}"),
            "_sortDir", Pattern.compile("-?[01]"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && !allPlausible(request.getParameterMap())) {
            Refusals.log(request, "send forged Faces parameters to " + request.getServletPath());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean allPlausible(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().equals(VIEW_STATE)) {
                for (String value : parameter.getValue()) {
                    if (!SERVER_VIEW_STATE.matcher(value).matches()) {
                        return false;
                    }
                }
            }
            for (Map.Entry<String, Pattern> rule : TABLE_RULES.entrySet()) {
                if (parameter.getKey().endsWith(rule.getKey())) {
                    for (String value : parameter.getValue()) {
                        if (!rule.getValue().matcher(value).matches()
                                || rule.getKey().equals("_rows")
                                        && (Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_ROWS)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }
}
