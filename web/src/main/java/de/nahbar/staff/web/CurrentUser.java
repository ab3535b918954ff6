package de.nahbar.staff.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import de.nahbar.shared.web.Labels;
import de.nahbar.staff.service.CurrentStaffService;
import de.nahbar.staff.service.StaffProfile;

/** The logged-in person for the header; loaded once per session. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    @EJB
    private CurrentStaffService currentStaff;

    @Inject
    private Labels labels;

    private StaffProfile profile;

    public StaffProfile getProfile() {
        if (profile == null) {
            profile = currentStaff.profile();
        }
        return profile;
    }

    public String getRoleLabels() {
        return labels.list(getProfile().roles());
    }

    /** Ends the session completely and shows the login page with a confirmation. */
    public void logout() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
        faces.responseComplete();
    }
}
