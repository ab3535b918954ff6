package de.nahbar.caseload.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.ExitReason;
import de.nahbar.caseload.domain.FollowUp;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.ConcurrentChanges;
import de.nahbar.shared.service.DomainRules;

/**
 * A customer leaves the Jobcenter's care (Abmeldung): the case closes on the day and for the
 * reason given. Its open follow-ups, callbacks and commitments end with it, and the contexts
 * above end what they hold ({@link CaseClosed}); the case leaves every list, count and the
 * caller lookup, and stays readable, read-only, until its retention ends.
 */
@Stateless
@RolesAllowed(CASEWORKER)
@Interceptors(DomainRules.class)
public class CaseExitService {

    /** The note on every follow-up that ended with the case. */
    static final String ENDED_WITH_CASE = "Mit dem Fall abgeschlossen";

    @EJB
    private CaseAccess access;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<CaseClosed> closed;

    public void close(long customerId, long loadedVersion, LocalDate on, ExitReason reason) {
        Customer customer = access.forWork(customerId);
        if (customer.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("customer " + customerId);
        }
        String me = access.caller();
        Instant now = Instant.now();
        em.persist(customer.close(on, reason, me, now, JobcenterTime.today()));
        em.createQuery("select f from FollowUp f where f.customer = :customer and f.doneAt is null", FollowUp.class)
                .setParameter("customer", customer)
                .getResultList()
                .forEach(followUp -> followUp.complete(me, now, ENDED_WITH_CASE));
        ConcurrentChanges.flush(em, "customer " + customerId);
        CaseIndex.refreshNextDue(em, customerId);
        closed.fire(new CaseClosed(customerId, on, me));
    }
}
