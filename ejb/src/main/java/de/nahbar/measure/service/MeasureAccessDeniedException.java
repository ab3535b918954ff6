package de.nahbar.measure.service;

import de.nahbar.shared.service.NahbarException;

/** The caller neither coordinates nor deputises this measure, or it does not exist; nothing is returned. */
public class MeasureAccessDeniedException extends NahbarException {

    public MeasureAccessDeniedException(String caller, long id) {
        super(caller + " may not coordinate " + id);
    }

    @Override
    public String messageKey() {
        return "error.403.text";
    }
}
