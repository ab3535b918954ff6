package de.nahbar.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A record's id in a page address ({@code ?id=…}). Whatever is not a positive number becomes
 * "no record", so the page answers 404 like for an id that does not exist, instead of failing the
 * conversion and rendering an empty page or an error.
 */
@FacesConverter("nahbar.recordId")
public class RecordIdConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.valueOf(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
