package de.nahbar.caseload.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import de.nahbar.audit.domain.AccessPurpose;
import de.nahbar.caseload.domain.AvailabilityReason;
import de.nahbar.caseload.domain.AvailabilityReasonKind;
import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.FollowUp;
import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.shared.domain.JobcenterTime;

/** Opens a customer's case file for reading; every opening is written to the access log. */
@Stateless
@RolesAllowed({CASEWORKER, TEAM_LEAD})
public class CaseFileService {

    /** The contact journal shows the newest entries; older ones stay in the database. */
    public static final int CONTACTS_SHOWN = 200;

    @EJB
    private CaseAccess access;

    @PersistenceContext
    private EntityManager em;

    /**
     * @param reason required when a team lead opens a case of their team, ignored otherwise
     */
    public CaseFile open(long customerId, String reason) {
        // nothing read here depends on the access-log entry, which is written at commit; without
        // this, every one of the queries below would first check the session for changes to flush
        em.setFlushMode(FlushModeType.COMMIT);
        CaseAccess.Grant grant = access.forReading(customerId, reason);
        Customer customer = grant.customer();
        LocalDate today = JobcenterTime.today();
        return new CaseFile(
                summary(customer, today),
                grant.purpose(),
                grant.writable(),
                notes(customer),
                followUps(customer, today),
                contacts(customer),
                history(customer),
                reasons(customer, today),
                plans(customer),
                grant.purpose() == AccessPurpose.CASEWORK ? accesses(customer) : List.of(),
                household(customer));
    }

    /**
     * The case file again after the caller changed it, within the page visit that {@link #open}
     * already logged; only for those who may work on the case.
     */
    public CaseFile reload(long customerId) {
        em.setFlushMode(FlushModeType.COMMIT);
        Customer customer = access.forWork(customerId);
        LocalDate today = JobcenterTime.today();
        boolean own = customer.getCaseworker().getUsername().equals(access.caller());
        return new CaseFile(
                summary(customer, today),
                own ? AccessPurpose.CASEWORK : AccessPurpose.DEPUTY,
                true,
                notes(customer),
                followUps(customer, today),
                contacts(customer),
                history(customer),
                reasons(customer, today),
                plans(customer),
                own ? accesses(customer) : List.of(),
                household(customer));
    }

    /**
     * The id of the customer with this number, if the caller could open the case at all (own,
     * deputised, or in the team the caller leads); nothing is logged, nothing of the case returned.
     */
    public Optional<Long> findId(String customerNumber) {
        if (!Customer.isValidNumber(customerNumber)) {
            return Optional.empty();
        }
        return em.createQuery("select c.id from Customer c where c.customerNumber = :number", Long.class)
                .setParameter("number", customerNumber)
                .getResultStream()
                .findFirst()
                .filter(id -> access.mayOpen(em.find(Customer.class, id)));
    }

    private static CaseFile.Summary summary(Customer c, LocalDate today) {
        return new CaseFile.Summary(
                c.getId(),
                c.getVersion(),
                c.getCustomerNumber(),
                c.getFirstName(),
                c.getLastName(),
                c.getBirthDate(),
                c.ageOn(today),
                c.getPhone(),
                c.getEmail(),
                c.getSupportMode(),
                c.getMandateStatus(),
                c.getMandateOn(),
                c.getMandateGoals(),
                c.getProfile(),
                c.getLastContactAt(),
                c.isQueued() ? null : c.getCaseworker().getDisplayName(),
                c.isQueued() ? c.responsibleTeam().getName() : null,
                c.getClosedOn(),
                c.getExitReason());
    }

    /** The other members of the household; a query only where a household is known. */
    private CaseFile.Household household(Customer customer) {
        if (customer.getHouseholdNumber() == null) {
            return null;
        }
        List<Customer> others = em.createQuery(
                        "select c from Customer c left join fetch c.caseworker left join fetch c.queueTeam"
                                + " where c.householdNumber = :number"
                                + " and c.id <> :self order by c.lastName, c.firstName, c.id",
                        Customer.class)
                .setParameter("number", customer.getHouseholdNumber())
                .setParameter("self", customer.getId())
                .getResultList();
        // Whether a member may be opened depends on who is responsible alone; members mostly share one.
        Map<String, Boolean> mayOpenCaseOf = new HashMap<>();
        List<CaseFile.Member> visible = others.stream()
                .filter(c -> mayOpenCaseOf.computeIfAbsent(responsible(c), key -> access.mayOpen(c)))
                .map(c -> new CaseFile.Member(
                        c.getId(), c.getFirstName() + " " + c.getLastName(), c.getCustomerNumber(), c.getClosedOn()))
                .toList();
        return new CaseFile.Household(customer.getHouseholdNumber(), visible, others.size() - visible.size());
    }

    private static String responsible(Customer c) {
        return c.isQueued()
                ? "team " + c.responsibleTeam().getId()
                : "caseworker " + c.getCaseworker().getId();
    }

    // The lists below are read as projections, not entities: a case file shows hundreds of rows
    // and changes none of them, so Hibernate need not manage, snapshot or flush them.

    private List<CaseFile.Note> notes(Customer customer) {
        List<Object[]> rows = em.createQuery(
                        "select n.id, n.writtenAt, n.author, n.text, corrected.id"
                                + " from CounsellingNote n left join n.corrects corrected where n.customer = :customer"
                                + " order by n.writtenAt desc, n.id desc",
                        Object[].class)
                .setParameter("customer", customer)
                .getResultList();
        Map<Long, Long> correctedBy = new HashMap<>();
        for (Object[] row : rows) {
            if (row[4] != null) {
                correctedBy.put((Long) row[4], (Long) row[0]);
            }
        }
        return rows.stream()
                .map(r -> new CaseFile.Note(
                        (Long) r[0], (Instant) r[1], (String) r[2], (String) r[3], (Long) r[4], correctedBy.get((Long)
                                r[0])))
                .toList();
    }

    private List<CaseFile.FollowUpEntry> followUps(Customer customer, LocalDate today) {
        return em
                .createQuery(
                        "select f.id, f.version, f.kind, f.title, f.dueOn, f.doneAt, f.doneBy from FollowUp f"
                                + " where f.customer = :customer"
                                + " order by case when f.doneAt is null then 0 else 1 end, f.dueOn, f.id",
                        Object[].class)
                .setParameter("customer", customer)
                .getResultList()
                .stream()
                .map(f -> new CaseFile.FollowUpEntry(
                        (Long) f[0],
                        (Long) f[1],
                        (FollowUpKind) f[2],
                        (String) f[3],
                        (LocalDate) f[4],
                        FollowUp.isOverdue((LocalDate) f[4], (Instant) f[5], today),
                        (Instant) f[5],
                        (String) f[6]))
                .toList();
    }

    private List<CaseFile.ContactEntry> contacts(Customer customer) {
        return em.createQuery(
                        "select new " + CaseFile.ContactEntry.class.getName() + "(k.id, k.occurredAt, k.channel,"
                                + " k.durationMinutes, k.topic, k.note, k.recordedBy) from Contact k where k.customer = :customer"
                                + " order by k.occurredAt desc, k.id desc",
                        CaseFile.ContactEntry.class)
                .setParameter("customer", customer)
                .setMaxResults(CONTACTS_SHOWN)
                .getResultList();
    }

    private List<CaseFile.ModeChange> history(Customer customer) {
        return em.createQuery(
                        "select new " + CaseFile.ModeChange.class.getName() + "(h.changedOn, h.mode, h.reason,"
                                + " h.changedBy) from SupportModeChange h where h.customer = :customer"
                                + " order by h.changedOn desc, h.id desc",
                        CaseFile.ModeChange.class)
                .setParameter("customer", customer)
                .getResultList();
    }

    private List<CaseFile.Reason> reasons(Customer customer, LocalDate today) {
        return em
                .createQuery(
                        "select r.id, r.kind, r.note, r.validFrom, r.validTo from AvailabilityReason r"
                                + " where r.customer = :customer order by r.validFrom desc, r.id desc",
                        Object[].class)
                .setParameter("customer", customer)
                .getResultList()
                .stream()
                .map(r -> new CaseFile.Reason(
                        (Long) r[0],
                        (AvailabilityReasonKind) r[1],
                        (String) r[2],
                        (LocalDate) r[3],
                        (LocalDate) r[4],
                        AvailabilityReason.isCurrent((LocalDate) r[3], (LocalDate) r[4], today)))
                .toList();
    }

    private List<CaseFile.Plan> plans(Customer customer) {
        return em.createQuery(
                        "select new " + CaseFile.Plan.class.getName() + "(p.versionNo, p.goal, p.customerSteps,"
                                + " p.jobcenterSteps, p.agreedOn, p.reviewOn, p.createdBy) from CooperationPlan p"
                                + " where p.customer = :customer order by p.versionNo desc",
                        CaseFile.Plan.class)
                .setParameter("customer", customer)
                .getResultList();
    }

    private List<CaseFile.Access> accesses(Customer customer) {
        return em.createQuery(
                        "select new " + CaseFile.Access.class.getName() + "(e.occurredAt, e.actor, e.purpose,"
                                + " e.reason) from AccessLogEntry e where e.caseRef = :ref order by e.occurredAt desc, e.id desc",
                        CaseFile.Access.class)
                .setParameter("ref", customer.getCustomerNumber())
                .setMaxResults(100)
                .getResultList();
    }
}
