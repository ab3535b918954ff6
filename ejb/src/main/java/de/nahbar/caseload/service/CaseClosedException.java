package de.nahbar.caseload.service;

import de.nahbar.shared.service.NahbarException;

/** A closed case is kept read-only: nothing is added to it or changed in it. */
public class CaseClosedException extends NahbarException {

    public CaseClosedException(long customerId) {
        super("case of customer " + customerId + " is closed");
    }

    @Override
    public String messageKey() {
        return "caseExit.closed";
    }
}
