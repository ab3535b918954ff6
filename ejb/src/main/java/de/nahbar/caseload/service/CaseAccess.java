package de.nahbar.caseload.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.time.Instant;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.audit.domain.AccessLogEntry;
import de.nahbar.audit.domain.AccessPurpose;
import de.nahbar.caseload.domain.Customer;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;

/**
 * Who may work on or read which case (docs/design.md §4), checked in the database for every call:
 * the customer's caseworker, a colleague during an active deputy period, or a team lead of the
 * caseworker's team (or of the team in whose queue the customer waits) with a stated reason
 * (read only). Every read is written to the access log.
 * The checks only read, so they join the caller's transaction and start none of their own.
 */
@Stateless
@LocalBean
@RolesAllowed({CASEWORKER, TEAM_LEAD})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CaseAccess {

    static final int REASON_MIN = 10;
    static final int REASON_MAX = AccessLogEntry.REASON_MAX;

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    public String caller() {
        return context.getCallerPrincipal().getName();
    }

    /**
     * The customer, if the caller may change their case: own caseload or active deputy, and the
     * case still open (a closed case is read-only until its retention ends).
     */
    public Customer forWork(long customerId) {
        Customer customer = find(customerId);
        if (purposeOfCasework(customer) == null) {
            throw new CaseAccessDeniedException(caller(), customerId);
        }
        if (customer.isClosed()) {
            throw new CaseClosedException(customerId);
        }
        return customer;
    }

    /** A granted read: the customer and why the caller may see the case. */
    public record Grant(Customer customer, AccessPurpose purpose) {

        /** Caseworker and deputy may change an open case; a team lead reads only, and so does everyone a closed one. */
        public boolean writable() {
            return purpose != AccessPurpose.TEAM_LEAD_REVIEW && !customer.isClosed();
        }
    }

    /** The customer, if the caller may read their case; writes the access-log entry in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Grant forReading(long customerId, String reason) {
        Customer customer = find(customerId);
        AccessPurpose purpose = purposeOfCasework(customer);
        String statedReason = null;
        if (purpose == null) {
            if (!context.isCallerInRole(TEAM_LEAD) || !leadsTeamOf(customer)) {
                throw new CaseAccessDeniedException(caller(), customerId);
            }
            statedReason = reason == null ? "" : reason.strip();
            if (statedReason.length() < REASON_MIN || statedReason.length() > REASON_MAX) {
                throw new ReasonRequiredException();
            }
            purpose = AccessPurpose.TEAM_LEAD_REVIEW;
        }
        em.persist(new AccessLogEntry(
                Instant.now(), caller(), customer.getCustomerNumber(), purpose.name(), statedReason));
        return new Grant(customer, purpose);
    }

    /** Whether the caller could open this case at all, with a reason where one is needed (no log entry). */
    public boolean mayOpen(Customer customer) {
        return mayWork(customer) || context.isCallerInRole(TEAM_LEAD) && leadsTeamOf(customer);
    }

    /** Whether the caller works this case as its caseworker or deputy (no log entry). */
    private boolean mayWork(Customer customer) {
        return purposeOfCasework(customer) != null;
    }

    private AccessPurpose purposeOfCasework(Customer customer) {
        if (!context.isCallerInRole(CASEWORKER) || customer.isQueued()) {
            return null; // a customer in a team's queue is nobody's caseload until the team lead assigns them
        }
        String me = caller();
        if (customer.getCaseworker().getUsername().equals(me)) {
            return AccessPurpose.CASEWORK;
        }
        Long deputising = em.createQuery(
                        "select count(d) from Deputy d where d.absent = :absent"
                                + " and d.deputy.username = :me and :today between d.fromDate and d.toDate",
                        Long.class)
                .setParameter("absent", customer.getCaseworker())
                .setParameter("me", me)
                .setParameter("today", JobcenterTime.today())
                .getSingleResult();
        return deputising > 0 ? AccessPurpose.DEPUTY : null;
    }

    /** Whether the caller leads the team responsible for the customer (their caseworker's, or whose queue they wait in). */
    private boolean leadsTeamOf(Customer customer) {
        Team team = customer.responsibleTeam();
        if (team == null) {
            return false;
        }
        StaffMember me = em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", caller())
                .getSingleResult();
        return me.getTeam() != null && me.getTeam().getId().equals(team.getId());
    }

    /** The customer with their caseworker or queue, which every check needs, in one statement. */
    private Customer find(long customerId) {
        return em
                .createQuery(
                        "select c from Customer c left join fetch c.caseworker left join fetch c.queueTeam"
                                + " where c.id = :id",
                        Customer.class)
                .setParameter("id", customerId)
                .getResultList()
                .stream()
                .findFirst()
                // an unknown id is refused like a foreign one: nobody learns which ids exist
                .orElseThrow(() -> new CaseAccessDeniedException(caller(), customerId));
    }
}
