package de.nahbar.caseload.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.audit.domain.AccessLogEntry;
import de.nahbar.audit.domain.AccessPurpose;
import de.nahbar.caseload.domain.AvailabilityReason;
import de.nahbar.caseload.domain.Contact;
import de.nahbar.caseload.domain.CooperationPlan;
import de.nahbar.caseload.domain.CounsellingNote;
import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.FollowUp;
import de.nahbar.caseload.domain.SupportModeChange;

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
        CaseAccess.Grant grant = access.forReading(customerId, reason);
        Customer customer = grant.customer();
        LocalDate today = JobcenterTime.today();
        return new CaseFile(summary(customer, today), grant.purpose(), grant.writable(), notes(customer),
                followUps(customer, today), contacts(customer), history(customer), reasons(customer, today),
                plans(customer), grant.purpose() == AccessPurpose.CASEWORK ? accesses(customer) : List.of());
    }

    /**
     * The case file again after the caller changed it, within the page visit that {@link #open}
     * already logged; only for those who may work on the case.
     */
    public CaseFile reload(long customerId) {
        Customer customer = access.forWork(customerId);
        LocalDate today = JobcenterTime.today();
        boolean own = customer.getCaseworker().getUsername().equals(access.caller());
        return new CaseFile(summary(customer, today), own ? AccessPurpose.CASEWORK : AccessPurpose.DEPUTY, true,
                notes(customer), followUps(customer, today), contacts(customer), history(customer),
                reasons(customer, today), plans(customer), own ? accesses(customer) : List.of());
    }

    /**
     * The id of the customer with this number, if the caller could open the case at all (own,
     * deputised, or in the team the caller leads); nothing is logged, nothing of the case returned.
     */
    public java.util.Optional<Long> findId(String customerNumber) {
        if (!Customer.isValidNumber(customerNumber)) {
            return java.util.Optional.empty();
        }
        return em.createQuery("select c.id from Customer c where c.customerNumber = :number", Long.class)
                .setParameter("number", customerNumber).getResultStream().findFirst()
                .filter(id -> access.mayOpen(em.find(Customer.class, id)));
    }

    private static CaseFile.Summary summary(Customer c, LocalDate today) {
        return new CaseFile.Summary(c.getId(), c.getVersion(), c.getCustomerNumber(), c.getFirstName(), c.getLastName(),
                c.getBirthDate(), c.ageOn(today), c.getPhone(), c.getEmail(), c.getSupportMode(), c.getMandateStatus(),
                c.getMandateOn(), c.getMandateGoals(), c.getProfile(), c.getLastContactAt(),
                c.getCaseworker().getDisplayName());
    }

    private List<CaseFile.Note> notes(Customer customer) {
        List<CounsellingNote> notes = em.createQuery("select n from CounsellingNote n where n.customer = :customer"
                + " order by n.writtenAt desc, n.id desc", CounsellingNote.class)
                .setParameter("customer", customer).getResultList();
        Map<Long, Long> correctedBy = new HashMap<>();
        for (CounsellingNote note : notes) {
            if (note.getCorrects() != null) {
                correctedBy.put(note.getCorrects().getId(), note.getId());
            }
        }
        return notes.stream().map(n -> new CaseFile.Note(n.getId(), n.getWrittenAt(), n.getAuthor(), n.getText(),
                n.getCorrects() == null ? null : n.getCorrects().getId(), correctedBy.get(n.getId()))).toList();
    }

    private List<CaseFile.FollowUpEntry> followUps(Customer customer, LocalDate today) {
        return em.createQuery("select f from FollowUp f where f.customer = :customer"
                        + " order by case when f.doneAt is null then 0 else 1 end, f.dueOn, f.id", FollowUp.class)
                .setParameter("customer", customer).getResultList().stream()
                .map(f -> new CaseFile.FollowUpEntry(f.getId(), f.getVersion(), f.getKind(), f.getTitle(), f.getDueOn(),
                        f.isOverdueOn(today), f.getDoneAt(), f.getDoneBy()))
                .toList();
    }

    private List<CaseFile.ContactEntry> contacts(Customer customer) {
        return em.createQuery("select k from Contact k where k.customer = :customer order by k.occurredAt desc, k.id desc",
                        Contact.class)
                .setParameter("customer", customer).setMaxResults(CONTACTS_SHOWN).getResultList().stream()
                .map(k -> new CaseFile.ContactEntry(k.getId(), k.getOccurredAt(), k.getChannel(), k.getDurationMinutes(),
                        k.getTopic(), k.getNote(), k.getRecordedBy()))
                .toList();
    }

    private List<CaseFile.ModeChange> history(Customer customer) {
        return em.createQuery("select h from SupportModeChange h where h.customer = :customer"
                        + " order by h.changedOn desc, h.id desc", SupportModeChange.class)
                .setParameter("customer", customer).getResultList().stream()
                .map(h -> new CaseFile.ModeChange(h.getChangedOn(), h.getMode(), h.getReason(), h.getChangedBy()))
                .toList();
    }

    private List<CaseFile.Reason> reasons(Customer customer, LocalDate today) {
        return em.createQuery("select r from AvailabilityReason r where r.customer = :customer"
                        + " order by r.validFrom desc, r.id desc", AvailabilityReason.class)
                .setParameter("customer", customer).getResultList().stream()
                .map(r -> new CaseFile.Reason(r.getId(), r.getKind(), r.getNote(), r.getValidFrom(), r.getValidTo(),
                        r.isCurrentOn(today)))
                .toList();
    }

    private List<CaseFile.Plan> plans(Customer customer) {
        return em.createQuery("select p from CooperationPlan p where p.customer = :customer order by p.versionNo desc",
                        CooperationPlan.class)
                .setParameter("customer", customer).getResultList().stream()
                .map(p -> new CaseFile.Plan(p.getVersionNo(), p.getGoal(), p.getCustomerSteps(), p.getJobcenterSteps(),
                        p.getAgreedOn(), p.getReviewOn(), p.getCreatedBy()))
                .toList();
    }

    private List<CaseFile.Access> accesses(Customer customer) {
        return em.createQuery("select e from AccessLogEntry e where e.caseRef = :ref order by e.occurredAt desc, e.id desc",
                        AccessLogEntry.class)
                .setParameter("ref", customer.getCustomerNumber()).setMaxResults(100).getResultList().stream()
                .map(e -> new CaseFile.Access(e.getOccurredAt(), e.getActor(), e.getPurpose(), e.getReason()))
                .toList();
    }
}
