package de.nahbar.measure.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.MeasureStatus;
import de.nahbar.measure.domain.TargetGroup;

/** A measure's page: what it offers, who runs it, the contract, and the places per entry date. */
public record MeasureDetail(
        long id,
        String number,
        String title,
        LegalBasis legalBasis,
        String content,
        TargetGroup targetGroup,
        String location,
        String providerName,
        String providerAddress,
        String providerPhone,
        String contractNumber,
        String lot,
        int minOccupancy,
        int maxPlaces,
        BigDecimal pricePerPlaceMonth,
        int durationWeeks,
        EntryMode entryMode,
        LocalDate startsOn,
        LocalDate endsOn,
        MeasureStatus status,
        int holdWorkingDays,
        List<String> coordinators,
        String deputyCoordinator,
        boolean ownedByCaller,
        List<EntryRow> entries,
        List<Feedback> feedback,
        long providerId)
        implements Serializable {

    public MeasureDetail {
        coordinators = List.copyOf(coordinators);
        entries = List.copyOf(entries);
        feedback = List.copyOf(feedback);
    }

    /** Caseworkers' feedback after a participation, without the customer. */
    public record Feedback(Instant writtenAt, String served, String didNotServe) implements Serializable {}

    /** The coordinators' names, comma-separated. */
    public String coordinatorNames() {
        return String.join(", ", coordinators);
    }
}
