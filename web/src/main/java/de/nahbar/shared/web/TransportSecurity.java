package de.nahbar.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTPS in production: once the Jobcenter's certificate is configured ({@code nahbar.tls.keystore},
 * with {@code nahbar.tls.keystore-password}; nahbar.cli hands both to the server's TLS), every plain
 * HTTP request is sent on to HTTPS and every HTTPS answer tells the browser to use nothing else
 * for a year (HSTS). Without them nahbar stays on plain HTTP, as on a developer's machine.
 */
public class TransportSecurity extends HttpFilter {

    static final String KEYSTORE_PROPERTY = "nahbar.tls.keystore";
    static final String HSTS = "max-age=31536000";

    private boolean required;
    private int httpsPort;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        String keystore = System.getProperty(KEYSTORE_PROPERTY);
        required = keystore != null && !keystore.isBlank();
        httpsPort = Integer.getInteger("jboss.https.port", 8443)
                + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!required) {
            chain.doFilter(request, response);
        } else if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
            chain.doFilter(request, response);
        } else {
            // nothing is answered over plain HTTP, not even the login page the container forwards to
            // for a page that needs a login (then the page asked for is where HTTPS goes on)
            Object asked = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            String path = asked != null ? (String) asked : request.getRequestURI();
            String query = asked != null
                    ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                    : request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", httpsAddress(request.getServerName(), httpsPort, path, query));
        }
    }

    static String httpsAddress(String host, int port, String path, String query) {
        return "https://" + host + (port == 443 ? "" : ":" + port) + path + (query == null ? "" : "?" + query);
    }
}
