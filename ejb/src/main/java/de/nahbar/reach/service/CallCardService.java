package de.nahbar.reach.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import de.nahbar.audit.domain.AccessPurpose;
import de.nahbar.caseload.domain.AvailabilityReasonKind;
import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.FollowUp;
import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.caseload.service.CaseAccess;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.reach.domain.Appointment;
import de.nahbar.reach.domain.AppointmentMode;
import de.nahbar.reach.domain.AppointmentOutcome;
import de.nahbar.shared.domain.JobcenterTime;

/**
 * The call card: a few small queries, each bounded, so that it is on screen before the caller
 * has finished saying their name. Opening it is a read of the case and is logged like one.
 */
@Stateless
@RolesAllowed(CASEWORKER)
public class CallCardService {

    /** Appointment outcomes looked at for the count of missed ones in a row. */
    private static final int OUTCOMES_READ = 20;

    @EJB
    private CaseAccess access;

    @PersistenceContext
    private EntityManager em;

    public CallCard open(long customerId) {
        em.setFlushMode(FlushModeType.COMMIT);
        CaseAccess.Grant grant = access.forReading(customerId, null);
        Customer c = grant.customer();
        LocalDate today = JobcenterTime.today();
        Instant now = Instant.now();
        List<Object[]> outcomes = em.createQuery(
                        "select a.outcome, a.hearingOffered, a.outcomeAt from Appointment a"
                                + " where a.customer = :customer and a.outcome is not null order by a.startsAt desc, a.id desc",
                        Object[].class)
                .setParameter("customer", c)
                .setMaxResults(OUTCOMES_READ)
                .getResultList();
        int missed = Appointment.consecutiveMissed(
                outcomes.stream().map(r -> (AppointmentOutcome) r[0]).toList());
        LocalDate hearing = outcomes.stream()
                .limit(Math.max(missed, 1))
                .filter(r -> (Boolean) r[1])
                .map(r -> JobcenterTime.dayOf((Instant) r[2]))
                .findFirst()
                .orElse(null);
        return new CallCard(
                c.getId(),
                c.getFirstName() + " " + c.getLastName(),
                c.getCustomerNumber(),
                c.getPhone(),
                c.ageOn(today),
                c.getSupportMode(),
                c.getMandateStatus(),
                c.getMandateGoals(),
                grant.purpose() == AccessPurpose.DEPUTY,
                c.getCaseworker().getDisplayName(),
                reasons(c, today),
                contacts(c),
                openItems(c, now),
                measures(c),
                nextAppointment(c),
                missed,
                hearing);
    }

    private List<CallCard.Reason> reasons(Customer c, LocalDate today) {
        return em
                .createQuery(
                        "select r.kind, r.note, r.validTo from AvailabilityReason r where r.customer = :customer"
                                + " and r.validFrom <= :today and (r.validTo is null or r.validTo >= :today)"
                                + " order by r.validFrom desc",
                        Object[].class)
                .setParameter("customer", c)
                .setParameter("today", today)
                .getResultList()
                .stream()
                .map(r -> new CallCard.Reason((AvailabilityReasonKind) r[0], (String) r[1], (LocalDate) r[2]))
                .toList();
    }

    private List<CallCard.RecentContact> contacts(Customer c) {
        return em.createQuery(
                        "select new " + CallCard.RecentContact.class.getName()
                                + "(k.occurredAt, k.channel, k.topic, k.note, k.recordedBy) from Contact k where k.customer = :customer"
                                + " order by k.occurredAt desc, k.id desc",
                        CallCard.RecentContact.class)
                .setParameter("customer", c)
                .setMaxResults(CallCard.CONTACTS_SHOWN)
                .getResultList();
    }

    private List<CallCard.OpenItem> openItems(Customer c, Instant now) {
        return em
                .createQuery(
                        "select f.id, f.version, f.kind, f.title, f.dueOn, f.dueAt from FollowUp f"
                                + " where f.customer = :customer and f.doneAt is null order by f.dueOn, f.id",
                        Object[].class)
                .setParameter("customer", c)
                .getResultList()
                .stream()
                .map(f -> new CallCard.OpenItem(
                        (Long) f[0],
                        (Long) f[1],
                        (FollowUpKind) f[2],
                        (String) f[3],
                        (LocalDate) f[4],
                        (Instant) f[5],
                        FollowUp.isOverdue((LocalDate) f[4], (Instant) f[5], null, now)))
                .toList();
    }

    private List<CallCard.CurrentMeasure> measures(Customer c) {
        return em.createQuery(
                        "select new " + CallCard.CurrentMeasure.class.getName()
                                + "(m.title, pr.name, e.entryOn, p.status) from Placement p join p.measure m join m.provider pr"
                                + " join p.entryDate e where p.customer = :customer and p.status in :open order by e.entryOn",
                        CallCard.CurrentMeasure.class)
                .setParameter("customer", c)
                .setParameter("open", PlacementStatus.open())
                .getResultList();
    }

    private CallCard.NextAppointment nextAppointment(Customer c) {
        return em.createQuery(
                        "select a.startsAt, a.mode, a.place, a.purpose from Appointment a where a.customer = :customer"
                                + " and a.outcome is null and a.startsAt >= :now order by a.startsAt",
                        Object[].class)
                .setParameter("customer", c)
                .setParameter("now", LocalDateTime.now(JobcenterTime.ZONE).minusHours(2))
                .setMaxResults(1)
                .getResultStream()
                .map(r -> new CallCard.NextAppointment(
                        (LocalDateTime) r[0], (AppointmentMode) r[1], (String) r[2], (String) r[3]))
                .findFirst()
                .orElse(null);
    }
}
