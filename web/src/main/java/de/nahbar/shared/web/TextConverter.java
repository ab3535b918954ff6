package de.nahbar.shared.web;

import java.util.regex.Pattern;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Every text field of every form: control characters (other than tab and line breaks) and
 * direction overrides are refused with a message at the field. They are never meant, cannot be
 * stored by PostgreSQL (NUL) or would turn a printed name or note around (U+202E).
 */
@FacesConverter(forClass = String.class)
public class TextConverter implements Converter<String> {

    static final Pattern UNPRINTABLE =
            Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u202A-\\u202E\\u2066-\\u2069]");

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (value != null && UNPRINTABLE.matcher(value).find()) {
            String message = Messages.get("validation.controlCharacters");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
        return value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
