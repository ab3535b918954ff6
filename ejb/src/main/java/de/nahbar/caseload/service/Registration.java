package de.nahbar.caseload.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A customer registered by hand, when a person walks in before the benefits side's file brings
 * them: the customer number the benefits system gave them, who they are, how to reach them, the
 * household (BG number) when known, and the caseworker of the team who takes the case.
 */
public record Registration(
        String customerNumber,
        String firstName,
        String lastName,
        LocalDate birthDate,
        String phone,
        String email,
        String street,
        String postalCode,
        String city,
        String householdNumber,
        String caseworker)
        implements Serializable {}
