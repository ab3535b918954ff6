package de.nahbar.reach.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A customer a caller could be: enough to tell them apart and open the call card, nothing more;
 * for a closed case, the day it closed, which the lookup says instead of offering the call; the
 * household's BG number, so that members sharing one phone are told apart as one household.
 */
public record CallMatch(
        long id,
        String name,
        String customerNumber,
        String phone,
        boolean deputised,
        LocalDate closedOn,
        String householdNumber)
        implements Serializable {

    public boolean closed() {
        return closedOn != null;
    }
}
