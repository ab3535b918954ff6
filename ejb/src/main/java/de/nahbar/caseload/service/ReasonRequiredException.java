package de.nahbar.caseload.service;

import de.nahbar.shared.service.NahbarException;

/** A team lead opens an individual case only with a stated reason. */
public class ReasonRequiredException extends NahbarException {

    public ReasonRequiredException() {
        super("a reason is required to open this case");
    }

    @Override
    public String messageKey() {
        return "case_open.reasonRequired";
    }
}
