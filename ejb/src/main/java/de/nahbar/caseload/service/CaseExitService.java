package de.nahbar.caseload.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.ExitReason;
import de.nahbar.shared.service.ConcurrentChangeException;
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

    @EJB
    private CaseAccess access;

    @Inject
    private CaseClosing closing;

    public void close(long customerId, long loadedVersion, LocalDate on, ExitReason reason) {
        Customer customer = access.forWork(customerId);
        if (customer.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("customer " + customerId);
        }
        closing.close(customer, on, reason, access.caller());
    }
}
