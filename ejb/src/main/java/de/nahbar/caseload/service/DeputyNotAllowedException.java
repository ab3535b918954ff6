package de.nahbar.caseload.service;

import de.nahbar.shared.service.NahbarException;

/** The caller may not set up this deputy arrangement (not their caseload, or not a colleague of the team). */
public class DeputyNotAllowedException extends NahbarException {

    public DeputyNotAllowedException() {
        super("deputy arrangement not allowed");
    }

    @Override
    public String messageKey() {
        return "deputies.notAllowed";
    }
}
