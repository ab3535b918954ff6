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
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.SelectEvent;

import de.nahbar.reach.service.CallLookupService;
import de.nahbar.reach.service.CallMatch;
import de.nahbar.shared.web.Formats;
import de.nahbar.shared.web.Messages;

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

    @Inject
    private Formats formats;

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

    /**
     * A match as the list shows it: name, number, phone, and what to know before answering
     * (a deputised case, a closed one, the household). Empty for no match, so that the box
     * itself starts empty and shows its placeholder.
     */
    public String label(CallMatch m) {
        if (m == null) {
            return "";
        }
        StringBuilder label = new StringBuilder(m.name()).append(" · ").append(m.customerNumber());
        if (m.phone() != null && !m.phone().isEmpty()) {
            label.append(" · ").append(m.phone());
        }
        if (m.deputised()) {
            label.append(" · ").append(Messages.get("caseload.deputised"));
        }
        if (m.closed()) {
            label.append(" · ")
                    .append(Messages.get("lookup.closed"))
                    .append(' ')
                    .append(formats.date(m.closedOn()));
        }
        if (m.householdNumber() != null) {
            label.append(" · ")
                    .append(Messages.get("lookup.household"))
                    .append(' ')
                    .append(m.householdNumber());
        }
        return label.toString();
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
