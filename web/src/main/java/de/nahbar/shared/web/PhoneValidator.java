package de.nahbar.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

import de.nahbar.shared.domain.PhoneNumber;

/** A phone number that can be dialled (with area code; +49, 0049, spaces and slashes are fine). */
@FacesValidator("nahbar.phone")
public class PhoneValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value != null && !value.toString().isBlank() && !PhoneNumber.isValid(value.toString())) {
            String text = Messages.get("validation.phone");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
