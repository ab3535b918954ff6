package de.nahbar.reach.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import de.nahbar.caseload.domain.AvailabilityReasonKind;
import de.nahbar.caseload.domain.ContactChannel;
import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.caseload.domain.MandateStatus;
import de.nahbar.caseload.domain.SupportMode;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.reach.domain.AppointmentMode;

/**
 * Everything a caseworker needs on one screen while the customer is on the line: how they are
 * supported, what was agreed, what is open, what happened lately.
 */
public record CallCard(
        long customerId,
        String name,
        String customerNumber,
        String phone,
        int age,
        SupportMode supportMode,
        MandateStatus mandateStatus,
        String mandateGoals,
        boolean deputised,
        String caseworker,
        List<Reason> reasons,
        List<RecentContact> lastContacts,
        List<OpenItem> openItems,
        List<CurrentMeasure> measures,
        NextAppointment nextAppointment,
        int consecutiveMissed,
        LocalDate hearingOfferedOn)
        implements Serializable {

    public static final int CONTACTS_SHOWN = 3;

    public CallCard {
        reasons = List.copyOf(reasons);
        lastContacts = List.copyOf(lastContacts);
        openItems = List.copyOf(openItems);
        measures = List.copyOf(measures);
    }

    public record Reason(AvailabilityReasonKind kind, String note, LocalDate until) implements Serializable {}

    public record RecentContact(
            Instant occurredAt, ContactChannel channel, String topic, String note, String recordedBy)
            implements Serializable {}

    public record OpenItem(
            long followUpId,
            long version,
            FollowUpKind kind,
            String title,
            LocalDate dueOn,
            Instant dueAt,
            boolean overdue)
            implements Serializable {}

    public record CurrentMeasure(String title, String provider, LocalDate entryOn, PlacementStatus status)
            implements Serializable {}

    public record NextAppointment(LocalDateTime startsAt, AppointmentMode mode, String place, String purpose)
            implements Serializable {}
}
