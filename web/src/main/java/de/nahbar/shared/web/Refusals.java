package de.nahbar.shared.web;

import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Authorization refusals met by the web layer: a page the role may not open (refused by the
 * container before nahbar's code runs) and a service method the role may not call. Each is
 * written once per request, at WARN, to {@code de.nahbar.security} in the same form as the
 * services' data-level refusals, so that an auditor finds all of them with one search.
 */
final class Refusals {

    private static final Logger SECURITY = Logger.getLogger("de.nahbar.security");
    private static final String LOGGED = Refusals.class.getName() + ".logged";

    private Refusals() {}

    static void log(HttpServletRequest request, String what) {
        if (request.getAttribute(LOGGED) == null) {
            markLogged(request);
            String caller = request.getRemoteUser() == null ? "anonym" : request.getRemoteUser();
            SECURITY.warning(() -> "Zugriff verweigert: " + caller + " may not " + what);
        }
    }

    /**
     * A refused service call somewhere in {@code error}'s causes is written; any other refusal
     * was written by the service that refused it.
     */
    static void logRefusedCall(HttpServletRequest request, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException) {
                log(request, "call " + cause.getMessage());
                return;
            }
        }
        markLogged(request);
    }

    /** The refusal was written already (by the service that refused). */
    static void markLogged(ServletRequest request) {
        request.setAttribute(LOGGED, Boolean.TRUE);
    }
}
