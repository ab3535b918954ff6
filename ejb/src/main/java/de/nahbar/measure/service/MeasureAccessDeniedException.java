package de.nahbar.measure.service;

import de.nahbar.shared.service.AccessRefusedException;

/** The caller neither coordinates nor deputises this measure, or it does not exist; nothing is returned. */
public class MeasureAccessDeniedException extends AccessRefusedException {

    public MeasureAccessDeniedException(String caller, long id) {
        super(caller, "coordinate measure " + id);
    }
}
