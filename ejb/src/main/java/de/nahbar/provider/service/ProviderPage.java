package de.nahbar.provider.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.nahbar.measure.domain.MeasureStatus;
import de.nahbar.provider.domain.DeficiencyCategory;
import de.nahbar.provider.domain.DeficiencyStatus;
import de.nahbar.provider.domain.EscalationStep;
import de.nahbar.provider.domain.ObservationTone;

/**
 * One screen about a provider: master data, staff, measures with their occupancy, recent visits,
 * quality observations, open deficiencies with deadlines, and a timeline of everything that
 * happened, newest first. What the caller may do here comes along.
 */
public record ProviderPage(
        MasterData master,
        List<Contact> contacts,
        List<MeasureUse> measures,
        List<Visit> visits,
        List<Observation> observations,
        List<OpenDeficiency> openDeficiencies,
        List<TimelineItem> timeline,
        Permissions permissions)
        implements Serializable {

    public ProviderPage {
        contacts = List.copyOf(contacts);
        measures = List.copyOf(measures);
        visits = List.copyOf(visits);
        observations = List.copyOf(observations);
        openDeficiencies = List.copyOf(openDeficiencies);
        timeline = List.copyOf(timeline);
    }

    public record MasterData(
            long id,
            String name,
            String address,
            String phone,
            String email,
            String certification,
            String certifiedBy,
            LocalDate certifiedUntil,
            boolean certifiedNow,
            long version)
            implements Serializable {}

    public record Contact(
            long id,
            String name,
            String function,
            String phone,
            String email,
            List<Long> measureIds,
            String measureNumbers,
            long version)
            implements Serializable {

        public Contact {
            measureIds = List.copyOf(measureIds);
        }
    }

    public record MeasureUse(
            long id,
            String number,
            String title,
            String contractNumber,
            String lot,
            MeasureStatus status,
            long places,
            long taken,
            boolean ownedByCaller)
            implements Serializable {

        public int occupancyPercent() {
            return places == 0 ? 0 : (int) Math.round(100.0 * taken / places);
        }
    }

    public record Visit(
            long id,
            LocalDate visitedOn,
            String visitors,
            String met,
            String measures,
            String impressions,
            String agreements,
            String nextSteps,
            LocalDate followUpOn,
            boolean followUpDone)
            implements Serializable {}

    /** An observation without the customer: a participation is only flagged. */
    public record Observation(
            long id,
            ObservationTone tone,
            LocalDate observedOn,
            String text,
            String measureNumber,
            boolean aboutParticipation,
            Long correctsId,
            String author,
            Instant recordedAt)
            implements Serializable {}

    public record OpenDeficiency(
            long id,
            DeficiencyCategory category,
            String description,
            DeficiencyStatus status,
            LocalDate deadline,
            EscalationStep escalation,
            boolean overdue)
            implements Serializable {}

    /** Something that happened with the provider; {@code deficiencyId} links an entry to its deficiency. */
    public record TimelineItem(Instant at, Kind kind, String title, String text, String author, Long deficiencyId)
            implements Serializable {

        public enum Kind {
            VISIT,
            OBSERVATION,
            DEFICIENCY
        }
    }

    public record Permissions(
            boolean recordVisit,
            boolean observe,
            boolean openDeficiency,
            boolean maintain,
            boolean maintainContacts,
            boolean dossier)
            implements Serializable {}
}
