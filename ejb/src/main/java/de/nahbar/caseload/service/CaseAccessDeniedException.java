package de.nahbar.caseload.service;

import de.nahbar.shared.service.AccessRefusedException;

/** The caller may not see or change this case; nothing of it is returned. */
public class CaseAccessDeniedException extends AccessRefusedException {

    public CaseAccessDeniedException(String caller, long customerId) {
        super(caller, "access customer " + customerId);
    }
}
