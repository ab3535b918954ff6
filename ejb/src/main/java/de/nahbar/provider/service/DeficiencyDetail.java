package de.nahbar.provider.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.nahbar.provider.domain.DeficiencyCategory;
import de.nahbar.provider.domain.DeficiencyEntryKind;
import de.nahbar.provider.domain.DeficiencyStatus;
import de.nahbar.provider.domain.EscalationStep;
import de.nahbar.provider.domain.PassedOnTo;

/**
 * A deficiency's file: what was established, about which measures, on which observations, and
 * every entry in order. Customer numbers of the affected participations only for those who
 * manage it (logged); others see how many there are.
 */
public record DeficiencyDetail(
        long id,
        long providerId,
        String providerName,
        DeficiencyCategory category,
        String description,
        DeficiencyStatus status,
        LocalDate deadline,
        EscalationStep escalation,
        boolean overdue,
        String owner,
        Instant openedAt,
        List<String> measures,
        int participations,
        List<String> participationNumbers,
        List<ProviderPage.Observation> observations,
        List<Entry> entries,
        boolean manageable,
        List<DeficiencyStatus> next,
        long version)
        implements Serializable {

    public DeficiencyDetail {
        measures = List.copyOf(measures);
        participationNumbers = List.copyOf(participationNumbers);
        observations = List.copyOf(observations);
        entries = List.copyOf(entries);
        next = List.copyOf(next);
    }

    /** One entry as it was written; {@code correctsId} names the entry it corrects. */
    public record Entry(
            long id,
            DeficiencyEntryKind kind,
            String text,
            DeficiencyStatus status,
            EscalationStep escalation,
            PassedOnTo passedOnTo,
            LocalDate deadline,
            Long correctsId,
            String fileName,
            String contentType,
            Integer fileSize,
            String author,
            Instant recordedAt)
            implements Serializable {

        public boolean hasFile() {
            return fileName != null;
        }
    }

    public String measureList() {
        return String.join("; ", measures);
    }

    public String participationList() {
        return participationNumbers.isEmpty() ? "–" : String.join(", ", participationNumbers);
    }

    /** Whether the written demand to remedy exists, so the letter can be downloaded. */
    public boolean notified() {
        return entries.stream().anyMatch(e -> e.status() == DeficiencyStatus.NOTIFIED);
    }
}
