package de.nahbar.caseload.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.domain.CaseExit;
import de.nahbar.caseload.domain.Customer;

/**
 * A closed case opens again when the customer comes back under the same number (Wiederaufnahme),
 * whoever records it (a caseworker's registration, or the benefits file): the case with its
 * history, and the exit it ends stamped. Who takes the case the caller decides.
 */
@ApplicationScoped
public class CaseReopening {

    /** The reason the history gives a re-entry's assignment. */
    static final String REENTRY = "Wiederaufnahme nach Abmeldung";

    @PersistenceContext
    private EntityManager em;

    public void reopen(Customer customer, String by) {
        Instant now = Instant.now();
        customer.reopen();
        em.createQuery("select e from CaseExit e where e.customer = :customer and e.reopenedAt is null", CaseExit.class)
                .setParameter("customer", customer)
                .getResultList()
                .forEach(exit -> exit.reopened(by, now));
    }
}
