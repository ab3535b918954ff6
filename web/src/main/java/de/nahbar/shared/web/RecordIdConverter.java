package de.nahbar.shared.web;

import java.util.Objects;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A record's id in a page address ({@code ?id=…}). Whatever is not a positive number becomes
 * "no record", so the page answers 404 like for an id that does not exist, instead of failing the
 * conversion and rendering an empty page or an error. A page shows the record it was opened
 * for: a post of that page naming another record is forged (a team lead's reason, given for one
 * case, would otherwise open the next).
 */
@FacesConverter("nahbar.recordId")
public class RecordIdConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        Long id = parse(value);
        if (context.isPostback() && component instanceof UIViewParameter parameter) {
            Object opened = parameter.getValue();
            if (value == null) {
                return (Long) opened; // a post of the page leaves the address out: the record stays
            }
            if (opened != null && !Objects.equals(opened, id)) {
                throw new ForgedRequestException(
                        "post " + context.getViewRoot().getViewId() + " for record " + value + " instead of " + opened);
            }
        }
        return id;
    }

    static Long parse(String value) {
        return value == null || !value.matches("[1-9][0-9]{0,17}") ? null : Long.valueOf(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
