package de.nahbar.caseload.service;

import java.time.Instant;

import jakarta.persistence.EntityManager;

/**
 * Keeps the customer's last-contact time and next due date, which the caseload list filters
 * and sorts by, in step with contacts and follow-ups. Bulk statements on purpose: they leave
 * the customer's version alone, so a logged call never makes an open master-data form stale.
 */
public final class CaseIndex {

    private CaseIndex() {}

    /** A contact at {@code at}; an older contact entered late does not move the last contact back. */
    public static void contactRecorded(EntityManager em, long customerId, Instant at) {
        em.createQuery("update Customer c set c.lastContactAt = :at where c.id = :id"
                        + " and (c.lastContactAt is null or c.lastContactAt < :at)")
                .setParameter("at", at)
                .setParameter("id", customerId)
                .executeUpdate();
    }

    /** The earliest due date of the customer's open follow-ups, or none. */
    public static void refreshNextDue(EntityManager em, long customerId) {
        em.flush();
        em.createQuery("update Customer c set c.nextDueOn = (select min(f.dueOn) from FollowUp f"
                        + " where f.customer.id = :id and f.doneAt is null) where c.id = :id")
                .setParameter("id", customerId)
                .executeUpdate();
    }
}
