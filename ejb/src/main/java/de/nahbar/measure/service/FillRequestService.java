package de.nahbar.measure.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.service.CaseAccess;
import de.nahbar.caseload.service.CaseAccessDeniedException;
import de.nahbar.measure.domain.EntryDate;
import de.nahbar.measure.domain.FillAnswer;
import de.nahbar.measure.domain.FillRequest;
import de.nahbar.measure.domain.FillRequestAnswer;
import de.nahbar.measure.domain.Placement;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.measure.domain.Proposal;
import de.nahbar.measure.domain.ProposalOutcome;
import de.nahbar.measure.service.PlacementRefusedException.Why;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;

/**
 * Fill requests as caseworkers see them on Mein Tag: those addressed to them or their team that
 * they have not answered. They answer with a customer of their caseload who has given informed
 * consent to the measure (the customer then holds or waits for a place) or with "nobody
 * suitable". The coordinator never learns anything of customers who were not proposed.
 * Coordinators ask for candidates for their own measures, see the answers and close requests.
 */
@Stateless
@RolesAllowed(CASEWORKER)
@Interceptors(DomainRules.class)
public class FillRequestService {

    static final int SHOWN = 50;

    /** A coordinator's list of requests shows the newest this many. */
    static final int COORDINATOR_SHOWN = 200;

    /** JPQL: the fill request {@code f} goes to {@code :me} or to their team. */
    private static final String ADDRESSED_TO_ME =
            "(f.colleague.id = (select s.id from StaffMember s where s.username = :me)"
                    + " or f.team.id = (select s.team.id from StaffMember s where s.username = :me))";

    @EJB
    private CaseAccess access;

    @EJB
    private MeasureAccess measureAccess;

    @EJB
    private PlacementService placements;

    @PersistenceContext
    private EntityManager em;

    /** Open requests to the caller or the caller's team that the caller has not answered yet. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OpenFillRequest> openForMe() {
        return em.createQuery(
                        "select new " + OpenFillRequest.class.getName() + "(f.id, m.id, m.number, m.title, e.entryOn,"
                                + " e.places + e.allowance - e.taken, f.message, coalesce((select concat(s.firstName, ' ', s.lastName)"
                                + " from StaffMember s where s.username = f.requestedBy), f.requestedBy)) from FillRequest f join f.entryDate e"
                                + " join e.measure m where f.closedAt is null and " + ADDRESSED_TO_ME
                                + " and not exists (select a from FillRequestAnswer a where a.fillRequest = f and a.answeredBy = :me)"
                                + " order by e.entryOn, f.id",
                        OpenFillRequest.class)
                .setParameter("me", access.caller())
                .setMaxResults(SHOWN)
                .getResultList();
    }

    public void answerNobodySuitable(long fillRequestId) {
        em.persist(FillRequestAnswer.nobodySuitable(addressedToMe(fillRequestId), access.caller(), Instant.now()));
    }

    /**
     * Proposes a customer of the caller's caseload who has given informed consent to the measure:
     * they hold a place on the requested entry date if one is free, otherwise they join its
     * waiting list; a customer who already holds or waits for a place of the measure is proposed
     * with that placement.
     */
    public void propose(long fillRequestId, @NotBlank @Size(max = Customer.NUMBER_LENGTH) String customerNumber) {
        FillRequest request = addressedToMe(fillRequestId);
        Customer customer = em.createNamedQuery(Customer.FIND_BY_NUMBER, Customer.class)
                .setParameter("number", customerNumber.strip().toUpperCase(Locale.GERMAN))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new CaseAccessDeniedException(access.caller(), -1));
        access.forWork(customer.getId());
        EntryDate entry = request.getEntryDate();
        Placement placement = em.createQuery(
                        "select p from Placement p where p.customer = :customer and p.measure = :measure"
                                + " and p.status in :open",
                        Placement.class)
                .setParameter("customer", customer)
                .setParameter("measure", entry.getMeasure())
                .setParameter("open", PlacementStatus.open())
                .getResultStream()
                .findFirst()
                .orElseGet(() -> placeOnConsent(customer, entry));
        em.persist(FillRequestAnswer.proposed(request, placement, access.caller(), Instant.now()));
    }

    /** A place (or the waiting list) on the customer's standing consent; none without it. */
    private Placement placeOnConsent(Customer customer, EntryDate entry) {
        Proposal consent = em.createQuery(
                        "select p from Proposal p where p.customer = :customer and p.measure = :measure"
                                + " and p.outcome = :consent and p.withdrawnOn is null order by p.conversationOn desc, p.id desc",
                        Proposal.class)
                .setParameter("customer", customer)
                .setParameter("measure", entry.getMeasure())
                .setParameter("consent", ProposalOutcome.CONSENT)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new PlacementRefusedException(Why.noConsent));
        em.refresh(entry);
        // checked first: a refused reservation would roll back this whole answer
        long id = entry.free() > 0
                ? placements.reserve(consent.getId(), entry.getId())
                : placements.joinWaitingList(consent.getId(), entry.getId());
        return em.find(Placement.class, id);
    }

    // The coordinator's side: asking for candidates and closing the request.

    /** The teams and caseworkers a fill request can go to. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed(MEASURE_COORDINATOR)
    public List<Addressee> teams() {
        return em.createQuery(
                        "select new " + Addressee.class.getName() + "(t.id, t.name) from Team t order by t.name",
                        Addressee.class)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed(MEASURE_COORDINATOR)
    public List<Addressee> caseworkers() {
        return em.createQuery(
                        "select new " + Addressee.class.getName() + "(m.id, concat(m.lastName, ', ', m.firstName))"
                                + " from StaffMember m join m.roles r where r = :caseworker and m.active = true"
                                + " order by m.lastName, m.firstName",
                        Addressee.class)
                .setParameter("caseworker", Role.CASEWORKER)
                .getResultList();
    }

    /** Asks a team or one caseworker for candidates for an entry date of an own measure; it lands on their Mein Tag. */
    @RolesAllowed(MEASURE_COORDINATOR)
    public long requestCandidates(
            long entryDateId, Long teamId, Long caseworkerId, @Size(max = FillRequest.MESSAGE_MAX) String message) {
        EntryDate entry = em.find(EntryDate.class, entryDateId);
        if (entry == null) {
            throw new MeasureAccessDeniedException(measureAccess.caller(), entryDateId);
        }
        measureAccess.forCoordination(entry.getMeasure().getId());
        Team team = teamId == null ? null : em.find(Team.class, teamId);
        StaffMember colleague = caseworkerId == null ? null : em.find(StaffMember.class, caseworkerId);
        if (colleague != null && !colleague.hasRole(Role.CASEWORKER)) {
            throw new IllegalArgumentException("fill requests go to caseworkers");
        }
        FillRequest request = new FillRequest(entry, team, colleague, message, measureAccess.caller(), Instant.now());
        em.persist(request);
        em.flush();
        return request.getId();
    }

    /** The fill requests of the caller's measures with their answers, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed(MEASURE_COORDINATOR)
    public List<FillRequestRow> fillRequests() {
        return em.createQuery(
                        "select new " + FillRequestRow.class.getName() + "(f.id, m.title, e.entryOn,"
                                + " coalesce(t.name, concat(cw.firstName, ' ', cw.lastName)), f.message, f.createdAt,"
                                + " case when f.closedAt is null then true else false end,"
                                + " (select count(a) from FillRequestAnswer a where a.fillRequest = f and a.answer = :proposed),"
                                + " (select count(a) from FillRequestAnswer a where a.fillRequest = f and a.answer = :nobody))"
                                + " from FillRequest f join f.entryDate e join e.measure m left join f.team t left join f.colleague cw"
                                + " where " + MeasureAccess.OWNED + " order by f.createdAt desc, f.id desc",
                        FillRequestRow.class)
                .setParameter("proposed", FillAnswer.PROPOSED)
                .setParameter("nobody", FillAnswer.NO_SUITABLE_PERSON)
                .setParameter("me", measureAccess.caller())
                .setMaxResults(COORDINATOR_SHOWN)
                .getResultList();
    }

    @RolesAllowed(MEASURE_COORDINATOR)
    public void closeFillRequest(long fillRequestId) {
        FillRequest request = em.find(FillRequest.class, fillRequestId);
        if (request == null) {
            throw new MeasureAccessDeniedException(measureAccess.caller(), fillRequestId);
        }
        measureAccess.forCoordination(request.getEntryDate().getMeasure().getId());
        request.close(Instant.now());
    }

    private FillRequest addressedToMe(long fillRequestId) {
        return em.createQuery(
                        "select f from FillRequest f join fetch f.entryDate e join fetch e.measure where f.id = :id"
                                + " and f.closedAt is null and " + ADDRESSED_TO_ME,
                        FillRequest.class)
                .setParameter("id", fillRequestId)
                .setParameter("me", access.caller())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new MeasureAccessDeniedException(access.caller(), fillRequestId));
    }
}
