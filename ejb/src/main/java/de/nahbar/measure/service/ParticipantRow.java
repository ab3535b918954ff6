package de.nahbar.measure.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import de.nahbar.measure.domain.PlacementStatus;

/**
 * What a coordinator may see of a participant (docs/design.md §4): name, customer number, status and
 * caseworker, with the placement's measure and dates, and whether the case has closed (the
 * coordinator ends a participation that nahbar leaves running). Nothing of the case itself.
 */
public record ParticipantRow(
        long placementId,
        long version,
        String customerName,
        String customerNumber,
        PlacementStatus status,
        String caseworkerName,
        long measureId,
        String measureTitle,
        LocalDate entryOn,
        Instant holdUntil,
        Instant queuedAt,
        LocalDate caseClosedOn)
        implements Serializable {}
