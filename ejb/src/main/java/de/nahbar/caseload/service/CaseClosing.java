package de.nahbar.caseload.service;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.ExitReason;
import de.nahbar.caseload.domain.FollowUp;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.ConcurrentChanges;

/**
 * The steps of a case closing, whoever records it (the caseworker, or the benefits file run by
 * an administrator): the exit is recorded, open follow-ups, callbacks and commitments end with a
 * note, the next due date goes, and the contexts above end what they hold ({@link CaseClosed}).
 * Who may close which case the callers decide, which are EJBs that check it; this is no EJB of
 * its own so that a refused closing is the caller's refusal (one row of a file, not the file).
 */
@ApplicationScoped
public class CaseClosing {

    /** The note on every follow-up that ended with the case. */
    static final String ENDED_WITH_CASE = "Mit dem Fall abgeschlossen";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<CaseClosed> closed;

    public void close(Customer customer, LocalDate on, ExitReason reason, String by) {
        Instant now = Instant.now();
        em.persist(customer.close(on, reason, by, now, JobcenterTime.today()));
        em.createQuery("select f from FollowUp f where f.customer = :customer and f.doneAt is null", FollowUp.class)
                .setParameter("customer", customer)
                .getResultList()
                .forEach(followUp -> followUp.complete(by, now, ENDED_WITH_CASE));
        ConcurrentChanges.flush(em, "customer " + customer.getId());
        CaseIndex.refreshNextDue(em, customer.getId());
        closed.fire(new CaseClosed(customer.getId(), on, by));
    }
}
