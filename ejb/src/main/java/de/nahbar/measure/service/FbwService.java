package de.nahbar.measure.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.service.CaseAccess;
import de.nahbar.caseload.service.CaseAccessDeniedException;
import de.nahbar.measure.domain.FbwReferral;
import de.nahbar.measure.domain.FbwStatus;
import de.nahbar.measure.domain.FbwStep;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.ConcurrentChanges;
import de.nahbar.shared.service.DomainRules;

/**
 * Further vocational training (FbW) from the case file: since 2025 the Arbeitsagentur advises,
 * approves and pays it, so the caseworker records the referral and its course, and the
 * participation contact rule keeps them in touch while the course runs.
 */
@Stateless
@RolesAllowed(CASEWORKER)
@Interceptors(DomainRules.class)
public class FbwService {

    @EJB
    private CaseAccess access;

    @PersistenceContext
    private EntityManager em;

    public long refer(long customerId, @NotBlank @Size(max = FbwReferral.GOAL_MAX) String goal, @NotNull LocalDate on) {
        Customer customer = access.forWork(customerId);
        FbwReferral referral = new FbwReferral(customer, goal, on, access.caller());
        em.persist(referral);
        em.persist(FbwStep.referred(referral, on, access.caller()));
        em.flush();
        return referral.getId();
    }

    public void advance(
            long referralId,
            long loadedVersion,
            @NotNull FbwStatus next,
            @NotNull LocalDate on,
            @Size(max = FbwReferral.COURSE_MAX) String course,
            LocalDate courseStartsOn,
            LocalDate courseEndsOn) {
        FbwReferral referral = em.find(FbwReferral.class, referralId);
        if (referral == null) {
            throw new CaseAccessDeniedException(access.caller(), -1);
        }
        access.forWork(referral.getCustomer().getId());
        if (referral.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("FbW referral " + referralId);
        }
        em.persist(referral.advance(next, on, course, courseStartsOn, courseEndsOn, access.caller()));
        ConcurrentChanges.flush(em, "FbW referral " + referralId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FbwEntry> ofCase(long customerId) {
        Customer customer = access.forWork(customerId);
        Map<Long, List<FbwEntry.Step>> steps = em.createQuery(
                        "select s.referral.id, s.status, s.stepOn, s.recordedBy"
                                + " from FbwStep s where s.referral.customer = :customer order by s.stepOn, s.id",
                        Object[].class)
                .setParameter("customer", customer)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0],
                        Collectors.mapping(
                                r -> new FbwEntry.Step((FbwStatus) r[1], (LocalDate) r[2], (String) r[3]),
                                Collectors.toList())));
        return em.createQuery(
                        "select r.id, r.version, r.goal, r.course, r.status, r.referredOn, r.courseStartsOn,"
                                + " r.courseEndsOn, r.createdBy from FbwReferral r where r.customer = :customer"
                                + " order by r.referredOn desc, r.id desc",
                        Object[].class)
                .setParameter("customer", customer)
                .getResultStream()
                .map(r -> new FbwEntry(
                        (Long) r[0],
                        (Long) r[1],
                        (String) r[2],
                        (String) r[3],
                        (FbwStatus) r[4],
                        (LocalDate) r[5],
                        (LocalDate) r[6],
                        (LocalDate) r[7],
                        (String) r[8],
                        steps.getOrDefault((Long) r[0], List.of())))
                .toList();
    }
}
