package de.nahbar.staff.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.nahbar.staff.domain.Role;

/** "/" after login: sends each person to the start page of their primary role. */
@WebServlet(urlPatterns = "")
public class StartPageServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Role> roles = Arrays.stream(Role.values())
                .filter(r -> request.isUserInRole(r.name()))
                .toList();
        var primary = Role.primary(roles);
        if (primary.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.sendRedirect(request.getContextPath() + StartPages.viewOf(primary.get()));
    }
}
