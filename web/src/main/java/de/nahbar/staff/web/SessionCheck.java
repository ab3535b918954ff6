package de.nahbar.staff.web;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import de.nahbar.staff.service.CurrentStaffService;

/**
 * A session goes on only as long as what it began with holds: the login still active and at
 * the access revision of the login (a role taken away, the login deactivated or a new password
 * end it at its next request, on every node). A login still holding a start password goes to
 * the password page first, whatever it asks for.
 */
public class SessionCheck extends HttpFilter {

    static final String REVISION = SessionCheck.class.getName() + ".revision";
    static final String PASSWORD_PAGE = "/account/password.xhtml";

    private static final Logger SECURITY = Logger.getLogger("de.nahbar.security");

    @EJB
    private CurrentStaffService currentStaff;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getServletPath();
        if (request.getRemoteUser() == null
                || session == null
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/error/")) {
            chain.doFilter(request, response);
            return;
        }
        CurrentStaffService.Standing standing = currentStaff.standing();
        Object began = session.getAttribute(REVISION);
        if (began == null) {
            session.setAttribute(REVISION, standing.accessRevision());
        } else if (!standing.active() || (Long) began != standing.accessRevision()) {
            String user = request.getRemoteUser();
            SECURITY.info(() -> "Sitzung beendet: " + user + " (login deactivated or its access changed)");
            request.logout();
            session.invalidate();
            redirect(request, response, "/login.xhtml?ended=true");
            return;
        }
        if (standing.passwordMustChange() && !PASSWORD_PAGE.equals(path)) {
            redirect(request, response, PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Where the session has to go on (a path, never a host); an Ajax request is told in its own answer format. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + path.replace("&", "&amp;") + "\"/></partial-response>");
            return;
        }
        LoginPage.redirect(response, path);
    }

    /** After the login's own new password: this session goes on at the new revision. */
    static void goOnAt(HttpServletRequest request, long revision) {
        request.getSession().setAttribute(REVISION, revision);
    }
}
