package de.nahbar.reach.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.event.SelectEvent;

import de.nahbar.reach.service.CallLookupService;
import de.nahbar.reach.service.CallMatch;

/**
 * The lookup box in the header, for when the phone rings: name, customer number or phone number
 * in, the matching customers of the caller's own and deputised caseloads out; choosing one opens
 * the call card.
 */
@Named
@ViewScoped
public class CallLookupView implements Serializable {

    @EJB
    private CallLookupService lookup;

    private CallMatch chosen;
    /** The matches last offered, for turning the chosen one's id back into the match. */
    private final Map<String, CallMatch> offered = new HashMap<>();

    public List<CallMatch> complete(String typed) {
        List<CallMatch> matches = lookup.find(typed);
        offered.clear();
        matches.forEach(m -> offered.put(String.valueOf(m.id()), m));
        return matches;
    }

    /** Between the page and this view, a match is its customer id; only offered matches come back. */
    public Converter<CallMatch> getConverter() {
        return new Converter<>() {
            @Override
            public CallMatch getAsObject(FacesContext context, UIComponent component, String value) {
                return value == null ? null : offered.get(value);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, CallMatch value) {
                return value == null ? "" : String.valueOf(value.id());
            }
        };
    }

    public void open(SelectEvent<CallMatch> event) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/reach/card.xhtml?customer="
                + event.getObject().id());
    }

    public CallMatch getChosen() {
        return chosen;
    }

    public void setChosen(CallMatch chosen) {
        this.chosen = chosen;
    }
}
