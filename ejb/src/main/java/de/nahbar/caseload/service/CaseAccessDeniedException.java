package de.nahbar.caseload.service;

import de.nahbar.shared.service.NahbarException;

/** The caller may not see or change this case; nothing of it is returned. */
public class CaseAccessDeniedException extends NahbarException {

    public CaseAccessDeniedException(String caller, long customerId) {
        super(caller + " may not access customer " + customerId);
    }

    @Override
    public String messageKey() {
        return "error.403.text";
    }
}
