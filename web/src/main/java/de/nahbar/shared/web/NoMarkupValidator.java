package de.nahbar.shared.web;

import java.util.regex.Pattern;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Refuses HTML or script in free text ("&lt;script&gt;", "&lt;b&gt;", "&lt;/"). Output is escaped
 * anyway; this keeps markup out of records that may be printed, exported or handed to the
 * customer (Art. 15 GDPR).
 */
@FacesValidator("nahbar.noMarkup")
public class NoMarkupValidator implements Validator<Object> {

    static final Pattern MARKUP = Pattern.compile("<\\s*[/!a-zA-Z]");

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof String text && MARKUP.matcher(text).find()) {
            String message = Messages.get("validation.noMarkup");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }
}
