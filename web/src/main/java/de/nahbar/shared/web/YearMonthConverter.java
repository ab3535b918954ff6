package de.nahbar.shared.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** Months in forms as ISO "2026-11"; the labels the user reads are formatted by the view. */
@FacesConverter(forClass = YearMonth.class)
public class YearMonthConverter implements Converter<YearMonth> {

    @Override
    public YearMonth getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            String text = Messages.get("validation.month");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, YearMonth value) {
        return value == null ? "" : value.toString();
    }
}
