package de.nahbar.shared.web;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import de.nahbar.staff.domain.Role;

/** The navigation entries of the logged-in person: one per role they hold. */
@Named
@RequestScoped
public class Navigation {

    public List<Item> getItems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String viewId = faces.getViewRoot().getViewId();
        return Arrays.stream(Role.values())
                .filter(role -> external.isUserInRole(role.name()))
                .map(role -> new Item(StartPages.viewOf(role), StartPages.labelKeyOf(role),
                        StartPages.viewOf(role).equals(viewId)))
                .toList();
    }

    /** One entry: where it leads, its label's bundle key, whether it is the page shown now. */
    public record Item(String outcome, String labelKey, boolean current) {
    }
}
