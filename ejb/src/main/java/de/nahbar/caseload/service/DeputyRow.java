package de.nahbar.caseload.service;

import java.io.Serializable;
import java.time.LocalDate;

/** A deputy arrangement as the caseworker sees it. */
public record DeputyRow(
        long id,
        String absentName,
        String absentUsername,
        String deputyName,
        String deputyUsername,
        LocalDate fromDate,
        LocalDate toDate,
        boolean active)
        implements Serializable {}
