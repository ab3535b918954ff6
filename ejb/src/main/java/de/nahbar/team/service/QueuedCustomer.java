package de.nahbar.team.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer in the team's queue, as the team lead assigns them: who, where they live (the
 * postal code, which rules decide by), since when they wait and why; nothing of the case.
 */
public record QueuedCustomer(
        long id,
        String customerNumber,
        String lastName,
        String firstName,
        LocalDate birthDate,
        String postalCode,
        Instant queuedAt,
        String reason)
        implements Serializable {

    public String name() {
        return lastName + ", " + firstName;
    }
}
