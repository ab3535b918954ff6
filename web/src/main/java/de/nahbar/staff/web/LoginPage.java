package de.nahbar.staff.web;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.nahbar.shared.web.Messages;
import de.nahbar.staff.service.DirectoryMode;

/**
 * login.xhtml: what the last attempt came to, and the page to go on to afterwards (the one that
 * asked for the login). Redirects carry a path only, never a host: the request's Host header is
 * the client's word.
 */
@Named
@RequestScoped
public class LoginPage {

    /** How an attempt came out, when the login page is shown again. */
    enum Outcome {
        WRONG,
        WAIT,
        /** the directory could not be asked */
        DIRECTORY_DOWN,
        /** the password was right, but no directory group gives a nahbar role */
        NO_ROLE,
        /** the password was right, but the login is deactivated (in nahbar or in the directory) */
        DEACTIVATED
    }

    private static final String OUTCOME = LoginPage.class.getName() + ".outcome";
    private static final String WAIT = LoginPage.class.getName() + ".wait";
    private static final String NEXT = LoginPage.class.getName() + ".next";

    /** A path of nahbar's own: one slash, then the characters of page addresses and their parameters. */
    private static final Pattern OWN_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/._~%&=?+-]{0,500}");

    /** The login page again, with what came of the attempt. */
    static void show(
            HttpServletRequest request, HttpServletResponse response, Outcome outcome, Duration wait, String next)
            throws ServletException, IOException {
        request.setAttribute(OUTCOME, outcome);
        request.setAttribute(WAIT, wait);
        request.setAttribute(NEXT, next);
        RequestDispatcher page = request.getRequestDispatcher("/login.xhtml");
        page.forward(request, response);
    }

    static void redirect(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", path);
    }

    /** {@code path} if it is one of nahbar's own pages to go on to, else null. */
    static String safe(String path) {
        if (path == null
                || !OWN_PATH.matcher(path).matches()
                || path.startsWith("/login")
                || path.startsWith("/error/")
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/api/")) {
            return null;
        }
        return path;
    }

    private HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public boolean isWrong() {
        return request().getAttribute(OUTCOME) == Outcome.WRONG;
    }

    public boolean isWaiting() {
        return request().getAttribute(OUTCOME) == Outcome.WAIT;
    }

    public boolean isDirectoryDown() {
        return request().getAttribute(OUTCOME) == Outcome.DIRECTORY_DOWN;
    }

    public boolean isNoRole() {
        return request().getAttribute(OUTCOME) == Outcome.NO_ROLE;
    }

    public boolean isDeactivated() {
        return request().getAttribute(OUTCOME) == Outcome.DEACTIVATED;
    }

    /** Whether staff log in with their directory account (standalone-nahbar-directory.xml). */
    public boolean isDirectory() {
        return DirectoryMode.on();
    }

    /** "2 Minuten", "30 Sekunden": the wait, rounded up. */
    public String getWait() {
        Duration wait = (Duration) request().getAttribute(WAIT);
        if (wait == null) {
            return "";
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds < 90
                ? Messages.get("login.waitSeconds", seconds)
                : Messages.get("login.waitMinutes", (seconds + 59) / 60);
    }

    /** Where to go after the login: the page the server refused without one (it forwarded here), or the one posted again. */
    public String getNext() {
        HttpServletRequest request = request();
        Object posted = request.getAttribute(NEXT);
        if (posted != null) {
            return (String) posted;
        }
        Object asked = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (asked == null) {
            return "";
        }
        Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String path = safe(asked + (query == null ? "" : "?" + query));
        return path == null ? "" : path;
    }
}
