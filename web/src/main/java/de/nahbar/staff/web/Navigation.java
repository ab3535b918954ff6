package de.nahbar.staff.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The navigation entries of the logged-in person: those of every role they hold, each view once. */
@Named
@RequestScoped
public class Navigation {

    public List<Item> getItems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String viewId = faces.getViewRoot().getViewId();
        Map<String, Item> items = new LinkedHashMap<>();
        for (StartPages.Entry entry : StartPages.MENU) {
            if (external.isUserInRole(entry.role().name())) {
                items.putIfAbsent(
                        entry.view(),
                        new Item(entry.view(), entry.labelKey(), entry.view().equals(viewId)));
            }
        }
        return List.copyOf(items.values());
    }

    /** One entry: where it leads, its label's bundle key, whether it is the page shown now. */
    public record Item(String outcome, String labelKey, boolean current) {}
}
