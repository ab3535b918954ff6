package de.nahbar.measure.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.measure.domain.TargetGroup;

/**
 * What the caseworker should see before offering a measure: the measure, the goal of the
 * current cooperation plan, the customer's earlier participations, whether one of them was
 * similar (same legal basis or target group) in the last two years, and the entry dates.
 */
public record ProposalContext(
        long measureId,
        String measureNumber,
        String measureTitle,
        LegalBasis legalBasis,
        TargetGroup targetGroup,
        String providerName,
        String planGoal,
        List<Earlier> earlier,
        List<Earlier> similarRecently,
        List<EntryChoice> entries)
        implements Serializable {

    public ProposalContext {
        earlier = List.copyOf(earlier);
        similarRecently = List.copyOf(similarRecently);
        entries = List.copyOf(entries);
    }

    public record Earlier(
            String measureNumber,
            String measureTitle,
            LegalBasis legalBasis,
            TargetGroup targetGroup,
            LocalDate entryOn,
            PlacementStatus status)
            implements Serializable {}

    /** An entry date that can still be chosen, with its free places. */
    public record EntryChoice(long id, LocalDate entryOn, int free) implements Serializable {}
}
