package de.nahbar.reach.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import de.nahbar.staff.domain.Role;
import de.nahbar.staff.service.LoginGuardService;
import de.nahbar.staff.service.PasswordHasher;

/**
 * The API is for machines (the telephone system, the benefits side's integration): HTTP Basic on
 * every request, no session, and an answer a machine understands: 401 with a Basic challenge
 * without or with wrong credentials (not the login form), 403 for a login without the role of
 * the path (the benefits file {@link Role#INTEGRATION}, the rest {@link Role#CASEWORKER}). Wrong passwords are
 * throttled as in the form (the telephone system is a client by its address). The services check
 * rights and log as always. Its answers are never stored by a cache (personal data).
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiLogin extends HttpFilter {

    private static final String CHALLENGE = "Basic realm=\"nahbar\", charset=\"UTF-8\"";

    @EJB
    private LoginGuardService guard;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        String[] credentials = basicCredentials(request.getHeader("Authorization"));
        if (credentials == null) {
            challenge(response);
            return;
        }
        LoginGuardService.Attempt attempt =
                new LoginGuardService.Attempt(credentials[0], request.getRemoteAddr(), null);
        if (guard.waitBefore(attempt).isPresent()) {
            PasswordHasher.verifyNothing(credentials[1]);
            guard.triedWhileWaiting(attempt);
            challenge(response);
            return;
        }
        try {
            request.login(credentials[0], credentials[1]);
        } catch (ServletException wrong) {
            guard.failed(attempt);
            challenge(response);
            return;
        }
        try {
            guard.succeeded(attempt);
            if (!request.isUserInRole(roleFor(request).name())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            chain.doFilter(request, response);
        } finally {
            request.logout();
            // the programmatic login leaves a session behind; a machine's call must not pile them up
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
    }

    /** The role a path of the API asks for; the services check again, record by record. */
    static Role roleFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(BENEFITS) || path.startsWith(BENEFITS + "/") ? Role.INTEGRATION : Role.CASEWORKER;
    }

    private static final String BENEFITS = "/api/benefits";

    private static void challenge(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }

    /** User and password of a Basic header, or null when there is none or it is malformed. */
    static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
