package de.nahbar.caseload.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.caseload.domain.AvailabilityReason;
import de.nahbar.caseload.domain.AvailabilityReasonKind;
import de.nahbar.caseload.domain.Contact;
import de.nahbar.caseload.domain.ContactChannel;
import de.nahbar.caseload.domain.CooperationPlan;
import de.nahbar.caseload.domain.CounsellingNote;
import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.FollowUp;
import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.caseload.domain.IntegrationProfile;
import de.nahbar.caseload.domain.MandateStatus;
import de.nahbar.caseload.domain.SupportMode;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.ConcurrentChanges;
import de.nahbar.shared.service.DomainRules;

/**
 * Everything a caseworker (or their deputy) changes in a case. Each call checks access first;
 * records that are append-only by law or by promise (notes, history, contacts, plans) are only
 * ever added to.
 */
@Stateless
@RolesAllowed(CASEWORKER)
@Interceptors(DomainRules.class)
public class CaseworkService {

    @EJB
    private CaseAccess access;

    @PersistenceContext
    private EntityManager em;

    /** Saves master data if nobody else saved the customer since {@code loadedVersion}. */
    public long changeMasterData(
            long customerId,
            long loadedVersion,
            @NotBlank @Size(max = Customer.NAME_MAX) String firstName,
            @NotBlank @Size(max = Customer.NAME_MAX) String lastName,
            @NotNull LocalDate birthDate,
            @Size(max = Customer.PHONE_MAX) String phone,
            @Size(max = Customer.EMAIL_MAX) String email) {
        Customer customer = access.forWork(customerId);
        requireVersion(customer, loadedVersion);
        customer.changeMasterData(firstName, lastName, birthDate, phone, email);
        return flushedVersion(customer);
    }

    /** The postal address invitations go to: street, postal code and city, or none of them. */
    public long changeAddress(
            long customerId,
            long loadedVersion,
            @Size(max = Customer.STREET_MAX) String street,
            @Size(max = 5) String postalCode,
            @Size(max = Customer.CITY_MAX) String city) {
        Customer customer = access.forWork(customerId);
        requireVersion(customer, loadedVersion);
        customer.changeAddress(street, postalCode, city);
        return flushedVersion(customer);
    }

    public long changeSupportMode(
            long customerId,
            long loadedVersion,
            @NotNull SupportMode mode,
            @NotNull LocalDate on,
            @NotBlank @Size(max = 500) String reason) {
        Customer customer = access.forWork(customerId);
        requireVersion(customer, loadedVersion);
        if (on.isAfter(JobcenterTime.today())) {
            throw new IllegalArgumentException("support mode change dated in the future");
        }
        em.persist(customer.changeSupportMode(mode, on, reason, access.caller()));
        return flushedVersion(customer);
    }

    public long assignProfile(long customerId, long loadedVersion, IntegrationProfile profile) {
        Customer customer = access.forWork(customerId);
        requireVersion(customer, loadedVersion);
        customer.assignProfile(profile);
        return flushedVersion(customer);
    }

    public long clarifyMandate(
            long customerId,
            long loadedVersion,
            @NotNull MandateStatus status,
            LocalDate on,
            @Size(max = Customer.GOALS_MAX) String goals) {
        Customer customer = access.forWork(customerId);
        requireVersion(customer, loadedVersion);
        customer.clarifyMandate(status, on, goals);
        return flushedVersion(customer);
    }

    public void addAvailabilityReason(
            long customerId,
            @NotNull AvailabilityReasonKind kind,
            @Size(max = AvailabilityReason.NOTE_MAX) String note,
            @NotNull LocalDate from,
            LocalDate to) {
        Customer customer = access.forWork(customerId);
        em.persist(new AvailabilityReason(customer, kind, note, from, to));
    }

    public void endAvailabilityReason(long reasonId, @NotNull LocalDate lastDay) {
        AvailabilityReason reason = em.find(AvailabilityReason.class, reasonId);
        if (reason == null) {
            throw new CaseAccessDeniedException(access.caller(), -1);
        }
        access.forWork(reason.getCustomer().getId());
        reason.endOn(lastDay);
    }

    public void addNote(long customerId, @NotBlank @Size(max = CounsellingNote.TEXT_MAX) String text) {
        Customer customer = access.forWork(customerId);
        em.persist(new CounsellingNote(customer, text, access.caller(), Instant.now()));
    }

    /** Adds a correction that refers to the note; the note itself stays unchanged and visible. */
    public void correctNote(long noteId, @NotBlank @Size(max = CounsellingNote.TEXT_MAX) String correction) {
        CounsellingNote note = em.find(CounsellingNote.class, noteId);
        if (note == null) {
            throw new CaseAccessDeniedException(access.caller(), -1);
        }
        access.forWork(note.getCustomer().getId());
        em.persist(note.correctedBy(correction, access.caller(), Instant.now()));
    }

    public void addFollowUp(
            long customerId,
            @NotNull FollowUpKind kind,
            @NotBlank @Size(max = FollowUp.TITLE_MAX) String title,
            @NotNull LocalDate dueOn) {
        Customer customer = access.forWork(customerId);
        FollowUp.requireNotPast(dueOn, JobcenterTime.today(), "dueOn");
        em.persist(new FollowUp(customer, kind, title, dueOn, access.caller()));
        CaseIndex.refreshNextDue(em, customer.getId());
    }

    public void completeFollowUp(long followUpId, long loadedVersion) {
        FollowUp followUp = em.find(FollowUp.class, followUpId);
        if (followUp == null) {
            throw new CaseAccessDeniedException(access.caller(), -1);
        }
        Customer customer = access.forWork(followUp.getCustomer().getId());
        if (followUp.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("follow-up " + followUpId);
        }
        followUp.complete(access.caller(), Instant.now());
        ConcurrentChanges.flush(em, "follow-up " + followUpId);
        CaseIndex.refreshNextDue(em, customer.getId());
    }

    public void logContact(
            long customerId,
            @NotNull ContactChannel channel,
            @NotNull Instant occurredAt,
            @Min(0) @Max(Contact.DURATION_MAX_MINUTES) Integer durationMinutes,
            @NotBlank @Size(max = Contact.TOPIC_MAX) String topic,
            @Size(max = Contact.NOTE_MAX) String note) {
        Customer customer = access.forWork(customerId);
        Contact.requireHappened(occurredAt, Instant.now());
        em.persist(new Contact(customer, channel, occurredAt, durationMinutes, topic, note, access.caller()));
        CaseIndex.contactRecorded(em, customer.getId(), occurredAt);
    }

    /**
     * Agrees a new version of the cooperation plan; its review date becomes a follow-up, so the
     * plan is not forgotten.
     */
    public void agreeCooperationPlan(
            long customerId,
            @NotBlank @Size(max = CooperationPlan.GOAL_MAX) String goal,
            @NotBlank @Size(max = CooperationPlan.STEPS_MAX) String customerSteps,
            @NotBlank @Size(max = CooperationPlan.STEPS_MAX) String jobcenterSteps,
            @NotNull LocalDate agreedOn,
            @NotNull LocalDate reviewOn) {
        Customer customer = access.forWork(customerId);
        CooperationPlan current = em.createQuery(
                        "select p from CooperationPlan p where p.customer = :customer" + " order by p.versionNo desc",
                        CooperationPlan.class)
                .setParameter("customer", customer)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        FollowUp.requireNotPast(reviewOn, JobcenterTime.today(), "reviewOn"); // the review becomes a follow-up
        em.persist(new CooperationPlan(
                customer,
                current,
                goal,
                customerSteps,
                jobcenterSteps,
                agreedOn,
                reviewOn,
                access.caller(),
                Instant.now()));
        addFollowUp(customerId, FollowUpKind.FOLLOW_UP, "Kooperationsplan überprüfen", reviewOn);
    }

    private static void requireVersion(Customer customer, long loadedVersion) {
        if (customer.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("customer " + customer.getId());
        }
    }

    /** Writes now, so that a concurrent commit shows up here as a refusal, not at commit time. */
    private long flushedVersion(Customer customer) {
        ConcurrentChanges.flush(em, "customer " + customer.getId());
        return customer.getVersion();
    }
}
