package de.nahbar.shared.web;

import java.util.regex.Pattern;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;

import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * PrimeFaces' number field fails the whole request (HTTP 500) when its hidden value is not a
 * number or does not fit the field's type, which only a tampered request sends: it throws where
 * a converter would refuse. Here such a value is refused like any conversion, with a German
 * message at the field, and the field shows what it held before.
 */
public class NumberFieldRenderer extends InputNumberRenderer {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,40}(\\.\\d{1,40})?");

    @Override
    public void decode(FacesContext context, UIComponent component) {
        String submitted =
                context.getExternalContext().getRequestParameterMap().get(component.getClientId(context) + "_hinput");
        if (submitted != null
                && !submitted.isBlank()
                && !PLAIN_NUMBER.matcher(submitted.strip()).matches()) {
            ((UIInput) component).setSubmittedValue(submitted);
            return;
        }
        super.decode(context, component);
    }

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submittedValue) {
        if (submittedValue instanceof String text
                && !text.isBlank()
                && !PLAIN_NUMBER.matcher(text.strip()).matches()) {
            throw refused(component);
        }
        try {
            return super.getConvertedValue(context, component, submittedValue);
        } catch (IllegalArgumentException | ArithmeticException doesNotFit) {
            throw refused(component);
        }
    }

    private static ConverterException refused(UIComponent component) {
        ((UIInput) component).setSubmittedValue(null); // rendering the refused text would fail again
        String message = Messages.get("validation.number");
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
}
