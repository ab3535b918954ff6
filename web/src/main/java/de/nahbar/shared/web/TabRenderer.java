package de.nahbar.shared.web;

import java.io.IOException;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

import org.primefaces.component.tabview.TabView;
import org.primefaces.component.tabview.TabViewRenderer;

/**
 * PrimeFaces' tabs load a tab's content on request by the tab's client id; for an id the page
 * has no tab of, it failed with a NullPointerException (HTTP 500). Only a forged request names
 * such a tab: it is refused with 400 when decoded, and again before rendering should the tab
 * view not have been among the components processed.
 */
public class TabRenderer extends TabViewRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        requireKnownTab(context, (TabView) component);
        super.decode(context, component);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        requireKnownTab(context, (TabView) component);
        super.encodeEnd(context, component);
    }

    private static void requireKnownTab(FacesContext context, TabView tabs) {
        if (tabs.isContentLoadRequest(context) && !tabs.isRepeating()) {
            // the parameter PrimeFaces 15 loads the tab by
            String tab = context.getExternalContext()
                    .getRequestParameterMap()
                    .get(tabs.getClientId(context) + "_currentTab");
            if (tab == null || tabs.findTab(tab) == null) {
                throw new ForgedRequestException(
                        "load tab " + (tab == null ? "(none)" : tab.substring(0, Math.min(tab.length(), 80))) + " of "
                                + context.getViewRoot().getViewId());
            }
        }
    }
}
