package de.nahbar.measure.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import de.nahbar.caseload.domain.Notice;
import de.nahbar.caseload.domain.NoticeKind;
import de.nahbar.measure.domain.EntryDate;
import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.Placement;
import de.nahbar.measure.domain.PlacementEvent;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.ConcurrentChanges;

/**
 * The places of an entry date, counted in the database. Taking a place is one conditional
 * statement that the database serialises on the entry date's row: it succeeds only while
 * {@code taken < places + allowance}, so no number of concurrent sessions or cluster nodes can
 * overbook it, and no cache, singleton or session is involved. A check constraint on the table
 * refuses any other way of overbooking.
 */
final class Places {

    /** Who the history names when nahbar itself acts (timer, waiting list). */
    static final String SYSTEM = "nahbar";

    /** Hibernate's hint for the tables a native statement touches. */
    private static final String NATIVE_SPACES = "org.hibernate.query.native.spaces";

    private Places() {}

    /** Writes the placement's change now; a concurrent one is refused here. */
    static void flush(EntityManager em, Placement placement) {
        ConcurrentChanges.flush(em, "placement " + placement.getId());
    }

    /** Takes one place if one is free; false when the entry date is full. */
    static boolean take(EntityManager em, long entryDateId) {
        return onEntryDate(em, "update entry_date set taken = taken + 1 where id = ?1 and taken < places + allowance")
                        .setParameter(1, entryDateId)
                        .executeUpdate()
                == 1;
    }

    /**
     * A statement on the entry_date table. Naming the table tells Hibernate what it changes;
     * otherwise every native update would clear every region of the second-level cache, on every
     * node of a cluster.
     */
    static Query onEntryDate(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setHint(NATIVE_SPACES, "entry_date");
    }

    /** Gives a place back. */
    static void release(EntityManager em, long entryDateId) {
        onEntryDate(em, "update entry_date set taken = taken - 1 where id = ?1 and taken > 0")
                .setParameter(1, entryDateId)
                .executeUpdate();
    }

    /** The end of the hold: the close of the n-th working day from today, in German time. */
    static Instant holdUntil(int workingDays) {
        return JobcenterTime.startOf(JobcenterTime.workingDaysAfter(JobcenterTime.today(), workingDays)
                .plusDays(1));
    }

    /**
     * Moves a placement on; frees its place when it stops holding one and then offers that place
     * to the waiting list at once.
     */
    static void move(EntityManager em, Placement placement, PlacementStatus next, String reason, String by) {
        boolean held = placement.getStatus().holdsPlace();
        em.persist(placement.changeTo(next, reason, by, Instant.now()));
        if (held && !next.holdsPlace()) {
            em.flush();
            release(em, placement.getEntryDate().getId());
            offerToWaitingList(em, placement.getEntryDate());
        }
    }

    /**
     * Offers free places of the entry date to the waiting list, first come first served, while
     * the entry date has not passed (a rolling entry never passes). Each customer offered a place
     * gets it held like a reservation, and their caseworker a notice on Mein Tag.
     */
    static void offerToWaitingList(EntityManager em, EntryDate entryDate) {
        boolean rolling = entryDate.getMeasure().getEntryMode() == EntryMode.ROLLING;
        if (!rolling && entryDate.getEntryOn().isBefore(JobcenterTime.today())) {
            return;
        }
        List<Placement> waiting = em.createQuery(
                        "select p from Placement p join fetch p.proposal where p.entryDate = :entry"
                                + " and p.status = :waiting order by p.queuedAt, p.id",
                        Placement.class)
                .setParameter("entry", entryDate)
                .setParameter("waiting", PlacementStatus.WAITING)
                .getResultList();
        for (Placement next : waiting) {
            if (!next.getProposal().hasConsent()) {
                continue;
            }
            if (!take(em, entryDate.getId())) {
                return;
            }
            em.persist(next.offer(holdUntil(entryDate.getMeasure().getHoldWorkingDays()), SYSTEM, Instant.now()));
            notify(em, next, NoticeKind.PLACE_OFFERED, null);
        }
    }

    /**
     * A notice for the customer's caseworker: the kind says what happened (its text is in the
     * web bundle), the subject names the measure and entry date, and a reason where one was given.
     */
    static void notify(EntityManager em, Placement placement, NoticeKind kind, String reason) {
        EntryDate entry = placement.getEntryDate();
        String subject = entry.getMeasure().getTitle() + " · " + german(entry.getEntryOn())
                + (reason == null ? "" : " · " + reason);
        em.persist(new Notice(placement.getCustomer(), kind, Guard.shorten(subject, Notice.TEXT_MAX), Instant.now()));
    }

    /** A date as German letters and notices write it: 24.11.2026. */
    static String german(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    static PlacementEvent opened(Placement placement, String by) {
        return PlacementEvent.opened(placement, by, Instant.now());
    }
}
