package de.nahbar.caseload.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A customer nahbar already knows who may be the person being registered: enough to tell them
 * apart and ask the right colleague (customer number, name, birth date, responsible caseworker,
 * or the team in whose queue they wait), nothing of the case itself.
 */
public record PossibleDuplicate(
        String customerNumber,
        String name,
        LocalDate birthDate,
        String caseworkerName,
        String queueTeam,
        Match match,
        LocalDate closedOn)
        implements Serializable {

    /** Why nahbar thinks it may be the same person. */
    public enum Match {
        CUSTOMER_NUMBER,
        NAME_AND_BIRTH_DATE,
        PHONE
    }
}
