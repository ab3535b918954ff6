package de.nahbar.caseload.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.nahbar.caseload.domain.ContactChannel;

/** What a caseworker needs at a glance in the morning: due and overdue items, open promises, today's contacts. */
public record MyDay(LocalDate day, List<Item> dueFollowUps, List<Item> openCommitments, List<ContactToday> contactsToday)
        implements Serializable {

    public MyDay {
        dueFollowUps = List.copyOf(dueFollowUps);
        openCommitments = List.copyOf(openCommitments);
        contactsToday = List.copyOf(contactsToday);
    }

    /** A follow-up or commitment with the customer it belongs to. */
    public record Item(long followUpId, long customerId, String customerName, String customerNumber, String title,
            LocalDate dueOn, boolean overdue, boolean deputised) implements Serializable {
    }

    public record ContactToday(long customerId, String customerName, Instant occurredAt, ContactChannel channel,
            String topic) implements Serializable {
    }
}
