package de.nahbar.measure.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.FollowUp;
import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.caseload.service.CaseAccess;
import de.nahbar.caseload.service.CaseworkService;
import de.nahbar.measure.domain.EntryDate;
import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.ParticipationFeedback;
import de.nahbar.measure.domain.Placement;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.measure.domain.Proposal;
import de.nahbar.measure.domain.ProposalOutcome;
import de.nahbar.measure.domain.ReportHandling;
import de.nahbar.measure.domain.ReportKind;
import de.nahbar.measure.domain.TargetGroup;
import de.nahbar.measure.service.PlacementRefusedException.Why;
import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.DomainRules;

/**
 * The caseworker's way from a conversation to a place: record the outcome of offering a
 * measure (informed consent, declined, or "not yet"), reserve a place or join the waiting list
 * on standing consent, and withdraw consent, which frees the place at once. Every call checks
 * that the customer is in the caller's caseload or deputised caseload.
 */
@Stateless
@RolesAllowed(CASEWORKER)
@Interceptors(DomainRules.class)
public class PlacementService {

    /** Earlier participations this recent with the same legal basis or target group are pointed out. */
    static final int SIMILAR_YEARS = 2;

    @EJB
    private CaseAccess access;

    @EJB
    private CaseworkService casework;

    @PersistenceContext
    private EntityManager em;

    /** What to know before offering the measure with this number to the customer; empty for an unknown number. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ProposalContext> context(long customerId, @NotNull @Size(max = 30) String measureNumber) {
        Customer customer = access.forWork(customerId);
        Optional<Measure> found = em.createQuery(
                        "select m from Measure m join fetch m.provider where m.number = :number", Measure.class)
                .setParameter("number", measureNumber.strip())
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Measure measure = found.get();
        List<ProposalContext.Earlier> earlier = em.createQuery(
                        "select new " + ProposalContext.Earlier.class.getName()
                                + "(m.number, m.title, m.legalBasis, m.targetGroup, e.entryOn, p.status) from Placement p"
                                + " join p.measure m join p.entryDate e where p.customer = :customer and p.status in :tookPart"
                                + " order by e.entryOn desc",
                        ProposalContext.Earlier.class)
                .setParameter("customer", customer)
                .setParameter("tookPart", PlacementStatus.thatTookPart())
                .getResultList();
        LocalDate since = JobcenterTime.today().minusYears(SIMILAR_YEARS);
        List<ProposalContext.Earlier> similar = earlier.stream()
                .filter(e -> !e.entryOn().isBefore(since))
                .filter(e -> e.legalBasis() == measure.getLegalBasis()
                        || e.targetGroup() == measure.getTargetGroup() && measure.getTargetGroup() != TargetGroup.ALL)
                .toList();
        return Optional.of(new ProposalContext(
                measure.getId(),
                measure.getNumber(),
                measure.getTitle(),
                measure.getLegalBasis(),
                measure.getTargetGroup(),
                measure.getProvider().getName(),
                planGoal(customer),
                earlier,
                similar,
                entryChoices(measure)));
    }

    /**
     * Records how the conversation ended. "Not yet" with a date puts a follow-up on Mein Tag.
     * Returns the proposal's id.
     */
    public long recordProposal(
            long customerId,
            long measureId,
            @NotNull ProposalOutcome outcome,
            @NotNull LocalDate conversationOn,
            @NotNull Proposal.Informed informed,
            @Size(max = Proposal.NOTE_MAX) String note,
            LocalDate followUpOn) {
        Customer customer = access.forWork(customerId);
        Measure measure = em.find(Measure.class, measureId);
        if (measure == null) {
            throw new IllegalArgumentException("unknown measure " + measureId);
        }
        if (!measure.acceptsReservations() && outcome == ProposalOutcome.CONSENT) {
            throw new PlacementRefusedException(Why.measureEnded);
        }
        FollowUp.requireNotPast(followUpOn, JobcenterTime.today(), "followUpOn");
        Proposal proposal = new Proposal(
                customer,
                measure,
                outcome,
                conversationOn,
                informed,
                planGoal(customer),
                note,
                followUpOn,
                access.caller(),
                Instant.now());
        em.persist(proposal);
        if (followUpOn != null) {
            String title = "Maßnahme erneut besprechen: " + measure.getTitle();
            casework.addFollowUp(
                    customerId, FollowUpKind.FOLLOW_UP, Guard.shorten(title, FollowUp.TITLE_MAX), followUpOn);
        }
        em.flush();
        return proposal.getId();
    }

    /** Reserves a place on standing consent; {@link NoFreePlaceException} when the entry date is full. */
    public long reserve(long proposalId, long entryDateId) {
        Proposal proposal = consentFor(proposalId);
        EntryDate entry = entryFor(proposal, entryDateId);
        if (!Places.take(em, entry.getId())) {
            throw new NoFreePlaceException(entry.getId());
        }
        Placement placement = Placement.reserve(
                proposal,
                entry,
                Places.holdUntil(entry.getMeasure().getHoldWorkingDays()),
                access.caller(),
                Instant.now());
        em.persist(placement);
        em.persist(Places.opened(placement, access.caller()));
        em.flush();
        return placement.getId();
    }

    /** Puts the customer on the entry date's waiting list; only when no place is free. */
    public long joinWaitingList(long proposalId, long entryDateId) {
        Proposal proposal = consentFor(proposalId);
        EntryDate entry = entryFor(proposal, entryDateId);
        em.refresh(entry);
        if (entry.free() > 0) {
            throw new PlacementRefusedException(Why.placeFree);
        }
        Placement placement = Placement.queue(proposal, entry, access.caller(), Instant.now());
        em.persist(placement);
        em.persist(Places.opened(placement, access.caller()));
        em.flush();
        return placement.getId();
    }

    /** The customer withdraws consent: every open placement on it ends, and held places are freed at once. */
    public void withdrawConsent(long proposalId) {
        Proposal proposal = em.find(Proposal.class, proposalId);
        if (proposal == null) {
            throw new IllegalArgumentException("unknown proposal " + proposalId);
        }
        access.forWork(proposal.getCustomer().getId());
        proposal.withdrawConsent(JobcenterTime.today(), access.caller());
        for (Placement placement : em.createQuery(
                        "select p from Placement p where p.proposal = :proposal" + " and p.status in :open",
                        Placement.class)
                .setParameter("proposal", proposal)
                .setParameter("open", PlacementStatus.open())
                .getResultList()) {
            Places.move(em, placement, PlacementStatus.WITHDRAWN, null, access.caller());
        }
        em.flush();
    }

    /** The customer's proposals and placements with their history. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CaseMeasures ofCase(long customerId) {
        Customer customer = access.forWork(customerId);
        List<CaseMeasures.ProposalEntry> proposals = em.createQuery(
                        "select new "
                                + CaseMeasures.ProposalEntry.class.getName()
                                + "(p.id, m.id, m.number, m.title, m.legalBasis,"
                                + " p.outcome, p.conversationOn, p.informedContent, p.informedProvider, p.informedVoluntary,"
                                + " p.planGoal, p.note, p.followUpOn, p.createdBy, p.withdrawnOn) from Proposal p join p.measure m"
                                + " where p.customer = :customer order by p.conversationOn desc, p.id desc",
                        CaseMeasures.ProposalEntry.class)
                .setParameter("customer", customer)
                .getResultList();
        Map<Long, List<CaseMeasures.Step>> steps = em.createQuery(
                        "select ev.placement.id, ev.status, ev.changedAt,"
                                + " ev.changedBy, ev.reason from PlacementEvent ev where ev.placement.customer = :customer"
                                + " order by ev.changedAt, ev.id",
                        Object[].class)
                .setParameter("customer", customer)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0],
                        Collectors.mapping(
                                r -> new CaseMeasures.Step(
                                        (PlacementStatus) r[1], (Instant) r[2], (String) r[3], (String) r[4]),
                                Collectors.toList())));
        Map<Long, List<CaseMeasures.Report>> reports = em.createQuery(
                        "select r.placement.id, r.reportedOn, r.kind,"
                                + " r.handling, r.text, r.assessment, r.corrects.id from ProviderReport r"
                                + " where r.placement.customer = :customer order by r.recordedAt, r.id",
                        Object[].class)
                .setParameter("customer", customer)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0],
                        Collectors.mapping(
                                r -> new CaseMeasures.Report(
                                        (LocalDate) r[1],
                                        (ReportKind) r[2],
                                        (ReportHandling) r[3],
                                        (String) r[4],
                                        (String) r[5],
                                        r[6] != null),
                                Collectors.toList())));
        List<CaseMeasures.PlacementEntry> placements = em.createQuery(
                        "select p.id, p.proposal.id, m.number, m.title,"
                                + " e.entryOn, p.status, p.holdUntil, p.statusReason,"
                                + " (select count(f) from ParticipationFeedback f where f.placement = p) from Placement p"
                                + " join p.measure m join p.entryDate e where p.customer = :customer"
                                + " order by p.changedAt desc, p.id desc",
                        Object[].class)
                .setParameter("customer", customer)
                .getResultStream()
                .map(r -> new CaseMeasures.PlacementEntry(
                        (Long) r[0],
                        (Long) r[1],
                        (String) r[2],
                        (String) r[3],
                        (LocalDate) r[4],
                        (PlacementStatus) r[5],
                        (Instant) r[6],
                        (String) r[7],
                        (Long) r[8] > 0,
                        steps.getOrDefault((Long) r[0], List.of()),
                        reports.getOrDefault((Long) r[0], List.of())))
                .toList();
        return new CaseMeasures(
                proposals,
                placements,
                entryChoices(proposals.stream()
                        .filter(CaseMeasures.ProposalEntry::consentStanding)
                        .map(CaseMeasures.ProposalEntry::measureId)
                        .distinct()
                        .toList()));
    }

    /** Short quality feedback after the participation ended; the measure's page shows it without the customer. */
    public void giveFeedback(
            long placementId,
            @Size(max = ParticipationFeedback.TEXT_MAX) String served,
            @Size(max = ParticipationFeedback.TEXT_MAX) String didNotServe) {
        Placement placement = em.find(Placement.class, placementId);
        if (placement == null) {
            throw new IllegalArgumentException("unknown placement " + placementId);
        }
        access.forWork(placement.getCustomer().getId());
        em.persist(new ParticipationFeedback(placement, served, didNotServe, access.caller(), Instant.now()));
    }

    private List<ProposalContext.EntryChoice> entryChoices(Measure measure) {
        return entryChoices(List.of(measure.getId())).getOrDefault(measure.getId(), List.of());
    }

    /** Per measure, the entry dates that can still be chosen (from today, or any of a rolling entry), in one statement. */
    private Map<Long, List<ProposalContext.EntryChoice>> entryChoices(List<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select e.measure.id, e.id, e.entryOn, e.places, e.allowance, e.taken from EntryDate e"
                                + " join e.measure m where m.id in :ids and (e.entryOn >= :today or m.entryMode = :rolling)"
                                + " order by e.entryOn",
                        Object[].class)
                .setParameter("ids", measureIds)
                .setParameter("today", JobcenterTime.today())
                .setParameter("rolling", EntryMode.ROLLING)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0],
                        Collectors.mapping(
                                r -> new ProposalContext.EntryChoice(
                                        (Long) r[1],
                                        (LocalDate) r[2],
                                        EntryDate.free((Integer) r[3], (Integer) r[4], (Integer) r[5])),
                                Collectors.toList())));
    }

    private Proposal consentFor(long proposalId) {
        Proposal proposal = em.find(Proposal.class, proposalId);
        if (proposal == null) {
            throw new IllegalArgumentException("unknown proposal " + proposalId);
        }
        access.forWork(proposal.getCustomer().getId());
        if (!proposal.hasConsent()) {
            throw new PlacementRefusedException(Why.noConsent);
        }
        Long open = em.createQuery(
                        "select count(p) from Placement p where p.customer = :customer"
                                + " and p.measure = :measure and p.status in :open",
                        Long.class)
                .setParameter("customer", proposal.getCustomer())
                .setParameter("measure", proposal.getMeasure())
                .setParameter("open", PlacementStatus.open())
                .getSingleResult();
        if (open > 0) {
            throw new PlacementRefusedException(Why.alreadyPlaced);
        }
        return proposal;
    }

    private EntryDate entryFor(Proposal proposal, long entryDateId) {
        EntryDate entry = em.find(EntryDate.class, entryDateId);
        if (entry == null
                || !entry.getMeasure().getId().equals(proposal.getMeasure().getId())) {
            throw new IllegalArgumentException("entry date " + entryDateId + " is not one of the consented measure");
        }
        if (!entry.getMeasure().acceptsReservations()) {
            throw new PlacementRefusedException(Why.measureEnded);
        }
        if (entry.getMeasure().getEntryMode() == EntryMode.FIXED_DATES
                && entry.getEntryOn().isBefore(JobcenterTime.today())) {
            throw new PlacementRefusedException(Why.entryPassed);
        }
        return entry;
    }

    private String planGoal(Customer customer) {
        return em.createQuery(
                        "select p.goal from CooperationPlan p where p.customer = :customer order by p.versionNo desc",
                        String.class)
                .setParameter("customer", customer)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(goal -> Guard.shorten(goal, Proposal.GOAL_MAX))
                .orElse(null);
    }
}
