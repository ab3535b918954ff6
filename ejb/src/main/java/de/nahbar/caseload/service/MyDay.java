package de.nahbar.caseload.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.nahbar.caseload.domain.ContactChannel;
import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.caseload.domain.NoticeKind;
import de.nahbar.caseload.domain.Reassignment;

/**
 * What a caseworker needs at a glance in the morning: notices about measures, due and overdue follow-ups, every open
 * callback (overdue once its window closed), open promises, today's contacts.
 */
public record MyDay(
        LocalDate day,
        List<NoticeItem> notices,
        List<Item> dueFollowUps,
        List<Item> dueCallbacks,
        List<Item> openCommitments,
        List<ContactToday> contactsToday,
        List<Handover> handovers)
        implements Serializable {

    public MyDay {
        handovers = List.copyOf(handovers);
        notices = List.copyOf(notices);
        dueFollowUps = List.copyOf(dueFollowUps);
        dueCallbacks = List.copyOf(dueCallbacks);
        openCommitments = List.copyOf(openCommitments);
        contactsToday = List.copyOf(contactsToday);
    }

    /**
     * A follow-up, callback or commitment with the customer it belongs to and how to reach them;
     * {@code dueAt}: the end of a callback's window, if it has one.
     */
    public record Item(
            long followUpId,
            long version,
            long customerId,
            String customerName,
            String customerNumber,
            String phone,
            FollowUpKind kind,
            String title,
            LocalDate dueOn,
            Instant dueAt,
            boolean overdue,
            boolean deputised)
            implements Serializable {}

    /** Something that happened to a customer's measure (a dropout risk, a place offered), until marked read. */
    public record NoticeItem(
            long noticeId, long customerId, String customerName, NoticeKind kind, String text, Instant createdAt)
            implements Serializable {}

    /** The arrivals and handovers to show: at most {@link MyDayService#HANDOVERS_MAX}. */
    public List<Handover> handoversShown() {
        return handovers.size() > MyDayService.HANDOVERS_MAX
                ? handovers.subList(0, MyDayService.HANDOVERS_MAX)
                : handovers;
    }

    /** Whether there were more arrivals and handovers than the list shows (after a first load of the benefits file). */
    public boolean handoversCapped() {
        return handovers.size() > MyDayService.HANDOVERS_MAX;
    }

    /**
     * A customer who came to the caller or went from them in the last days: {@code incoming} to
     * the caller; {@code customerId} only while the case is the caller's; the other side a
     * colleague ({@code otherName}), a team's queue ({@code otherQueue}) or nobody (a new customer).
     */
    public record Handover(
            Instant at,
            Reassignment.Kind kind,
            boolean incoming,
            Long customerId,
            String customerName,
            String otherName,
            String otherQueue,
            String reason)
            implements Serializable {}

    public record ContactToday(
            long customerId, String customerName, Instant occurredAt, ContactChannel channel, String topic)
            implements Serializable {}
}
