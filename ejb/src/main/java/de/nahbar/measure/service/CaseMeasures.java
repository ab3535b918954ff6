package de.nahbar.measure.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.measure.domain.ProposalOutcome;
import de.nahbar.measure.domain.ReportHandling;
import de.nahbar.measure.domain.ReportKind;

/** A customer's proposals and placements with their history, for the case file's "Maßnahmen" tab. */
public record CaseMeasures(
        List<ProposalEntry> proposals,
        List<PlacementEntry> placements,
        Map<Long, List<ProposalContext.EntryChoice>> entryChoices)
        implements Serializable {

    public CaseMeasures {
        proposals = List.copyOf(proposals);
        placements = List.copyOf(placements);
        entryChoices = Map.copyOf(entryChoices);
    }

    /** The entry dates a consent to this measure can still choose, with their free places. */
    public List<ProposalContext.EntryChoice> entriesFor(long measureId) {
        return entryChoices.getOrDefault(measureId, List.of());
    }

    /** Standing consents that have no open placement yet: what can be reserved or queued now. */
    public List<ProposalEntry> consentsWithoutPlace() {
        return proposals.stream()
                .filter(ProposalEntry::consentStanding)
                .filter(p -> placements.stream()
                        .noneMatch(
                                pl -> pl.proposalId() == p.id() && pl.status().isOpen()))
                .toList();
    }

    public record ProposalEntry(
            long id,
            long measureId,
            String measureNumber,
            String measureTitle,
            LegalBasis legalBasis,
            ProposalOutcome outcome,
            LocalDate conversationOn,
            boolean informedContent,
            boolean informedProvider,
            boolean informedVoluntary,
            String planGoal,
            String note,
            LocalDate followUpOn,
            String createdBy,
            LocalDate withdrawnOn)
            implements Serializable {

        public boolean consentStanding() {
            return outcome == ProposalOutcome.CONSENT && withdrawnOn == null;
        }
    }

    public record PlacementEntry(
            long id,
            long proposalId,
            String measureNumber,
            String measureTitle,
            LocalDate entryOn,
            PlacementStatus status,
            Instant holdUntil,
            String statusReason,
            boolean feedbackGiven,
            List<Step> history,
            List<Report> reports)
            implements Serializable {

        public PlacementEntry {
            history = List.copyOf(history);
            reports = List.copyOf(reports);
        }

        /** Feedback is asked for once the participation has ended. */
        /** Whether the customer took part, so that something about the provider's care can be observed. */
        public boolean tookPart() {
            return EnumSet.of(
                            PlacementStatus.STARTED,
                            PlacementStatus.INTERRUPTED,
                            PlacementStatus.DROPOUT_RISK,
                            PlacementStatus.COMPLETED,
                            PlacementStatus.DROPPED_OUT)
                    .contains(status);
        }

        public boolean awaitsFeedback() {
            return !feedbackGiven && (status == PlacementStatus.COMPLETED || status == PlacementStatus.DROPPED_OUT);
        }
    }

    /** A provider report about the participation; {@code correction}: it corrects an earlier one. */
    public record Report(
            LocalDate reportedOn,
            ReportKind kind,
            ReportHandling handling,
            String text,
            String assessment,
            boolean correction)
            implements Serializable {}

    public record Step(PlacementStatus status, Instant at, String by, String reason) implements Serializable {}
}
