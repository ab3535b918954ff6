package de.nahbar.staff.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import de.nahbar.staff.domain.TrustedDevice;
import de.nahbar.staff.service.DirectoryLoginService;
import de.nahbar.staff.service.DirectoryOutage;
import de.nahbar.staff.service.LoginGuardService;
import de.nahbar.staff.service.PasswordHasher;

/**
 * The login form's address. Asks the login guard first whether this login may be tried from this
 * client now (a throttled attempt is answered after a verification against a dummy hash, so it
 * takes as long as a wrong password), then lets the server's realm check the password (nahbar's
 * own or the directory's), lets a directory account's record be made or updated and refuses a
 * login without a role or deactivated, starts a fresh session, marks the browser as trusted by the login (a device cookie) and goes on to the
 * page that asked for the login. The container's own form-login address is closed (nahbar.cli).
 */
@WebServlet(urlPatterns = "/login")
public class LoginServlet extends HttpServlet {

    static final String DEVICE_COOKIE = "nahbar-device";

    @EJB
    private LoginGuardService guard;

    @EJB
    private DirectoryLoginService directoryLogins;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        LoginPage.redirect(response, "/login.xhtml");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String username = orEmpty(request.getParameter("j_username"));
        String password = orEmpty(request.getParameter("j_password"));
        String next = LoginPage.safe(request.getParameter("next"));
        LoginGuardService.Attempt attempt =
                new LoginGuardService.Attempt(username, request.getRemoteAddr(), deviceToken(request));

        Optional<Duration> wait = guard.waitBefore(attempt);
        if (wait.isPresent()) {
            PasswordHasher.verifyNothing(password);
            guard.triedWhileWaiting(attempt);
            LoginPage.show(request, response, LoginPage.Outcome.WAIT, wait.get(), next);
            return;
        }
        if (request.getRemoteUser() != null) {
            request.logout();
        }
        forgetWhatTheSessionHeld(request);
        try {
            request.login(username.strip(), password);
        } catch (ServletException wrongOrUnreachable) {
            if (DirectoryOutage.refused(username.strip())) {
                LoginPage.show(request, response, LoginPage.Outcome.DIRECTORY_DOWN, null, next);
                return;
            }
            guard.failed(attempt);
            LoginPage.show(request, response, LoginPage.Outcome.WRONG, null, next);
            return;
        }
        DirectoryLoginService.Entry entry = directoryLogins.cameIn();
        if (entry != DirectoryLoginService.Entry.IN) {
            request.logout();
            LoginPage.show(
                    request,
                    response,
                    entry == DirectoryLoginService.Entry.NO_ROLE
                            ? LoginPage.Outcome.NO_ROLE
                            : LoginPage.Outcome.DEACTIVATED,
                    null,
                    next);
            return;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // never the id handed out before the login
        }
        guard.succeeded(attempt);
        trustThisBrowser(request, response, guard.trustBrowser(attempt));
        LoginPage.redirect(response, next == null ? "/" : next);
    }

    /**
     * The login starts with an empty session. Emptied, not invalidated: a session invalidated and
     * another created in the same request stays locked in WildFly's distributable session manager
     * (the other node waits for it in vain, an undeployment a minute).
     */
    private static void forgetWhatTheSessionHeld(HttpServletRequest request) {
        HttpSession before = request.getSession(false);
        if (before != null) {
            Collections.list(before.getAttributeNames()).forEach(before::removeAttribute);
        }
    }

    private static void trustThisBrowser(HttpServletRequest request, HttpServletResponse response, String token) {
        Cookie device = new Cookie(DEVICE_COOKIE, token);
        device.setHttpOnly(true);
        device.setSecure(request.isSecure());
        device.setPath("/");
        device.setMaxAge((int) TrustedDevice.FORGOTTEN_AFTER.toSeconds());
        device.setAttribute("SameSite", "Strict");
        response.addCookie(device);
    }

    private static String deviceToken(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (DEVICE_COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
