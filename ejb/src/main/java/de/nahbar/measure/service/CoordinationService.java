package de.nahbar.measure.service;

import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.caseload.domain.NoticeKind;
import de.nahbar.measure.domain.EntryDate;
import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.FillAnswer;
import de.nahbar.measure.domain.FillRequest;
import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.MeasureStatus;
import de.nahbar.measure.domain.MeasureTerms;
import de.nahbar.measure.domain.Placement;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.measure.domain.ProviderReport;
import de.nahbar.measure.domain.ReportHandling;
import de.nahbar.measure.domain.ReportKind;
import de.nahbar.measure.service.PlacementRefusedException.Why;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;

/**
 * The secondary task of filling places ("Rucksack"): the coordinator's measures with the use of
 * each entry date, reservations to confirm or send back, the take-up check on the entry date and
 * the course of each participation. Only on measures the caller coordinates or deputises; what
 * they read of participants is logged.
 */
@Stateless
@RolesAllowed(MEASURE_COORDINATOR)
@Interceptors(DomainRules.class)
public class CoordinationService {

    /** The statuses a coordinator sets during a participation. */
    public static final Set<PlacementStatus> PARTICIPATION_CHANGES = EnumSet.of(
            PlacementStatus.STARTED,
            PlacementStatus.INTERRUPTED,
            PlacementStatus.DROPOUT_RISK,
            PlacementStatus.DROPPED_OUT,
            PlacementStatus.COMPLETED);

    private static final String PARTICIPANT = "select new " + ParticipantRow.class.getName() + "(p.id, p.version,"
            + " concat(c.lastName, ', ', c.firstName), c.customerNumber, p.status, concat(cw.firstName, ' ', cw.lastName),"
            + " m.id, m.title, e.entryOn, p.holdUntil, p.queuedAt) from Placement p join p.customer c join c.caseworker cw"
            + " join p.measure m join p.entryDate e";

    /** Lists of reports and requests show the newest this many. */
    static final int REPORTS_SHOWN = 200;
    /** Reservations to confirm shown at once: a morning's work, not the whole backlog. */
    public static final int PENDING_SHOWN = 50;

    @EJB
    private MeasureAccess access;

    @PersistenceContext
    private EntityManager em;

    /** The caller's measures with every entry date's use, in two statements whatever their number. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MyMeasure> myMeasures() {
        String me = access.caller();
        List<Object[]> measures = em.createQuery(
                        "select m.id, m.number, m.title, pr.name, m.minOccupancy, m.maxPlaces,"
                                + " m.entryMode, m.status, m.startsOn, m.endsOn, m.holdWorkingDays, (select count(oc) from Measure o join o.coordinators oc where o = m"
                                + " and oc.username = :me) from Measure m join m.provider pr where "
                                + MeasureAccess.OWNED
                                + " order by m.status, m.title",
                        Object[].class)
                .setParameter("me", me)
                .getResultList();
        if (measures.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EntryRow>> entries = EntryRows.of(
                        em, measures.stream().map(r -> (Long) r[0]).toList())
                .stream()
                .collect(Collectors.groupingBy(EntryRow::measureId));
        return measures.stream()
                .map(r -> new MyMeasure(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (Integer) r[4],
                        (Integer) r[5],
                        (EntryMode) r[6],
                        (MeasureStatus) r[7],
                        (LocalDate) r[8],
                        (LocalDate) r[9],
                        (Integer) r[10],
                        (Long) r[11] == 0,
                        entries.getOrDefault((Long) r[0], List.of())))
                .toList();
    }

    /**
     * Reservations of the caller's measures waiting for confirmation: the {@link #PENDING_SHOWN}
     * with the nearest deadline (the entry dates' counts give the total); logged.
     */
    public List<ParticipantRow> pendingReservations() {
        List<ParticipantRow> rows = em.createQuery(
                        PARTICIPANT + " where p.status = :reserved and " + MeasureAccess.OWNED
                                + " order by p.holdUntil, p.id",
                        ParticipantRow.class)
                .setParameter("reserved", PlacementStatus.RESERVED)
                .setParameter("me", access.caller())
                .setMaxResults(PENDING_SHOWN)
                .getResultList();
        access.logRead(rows.stream().map(ParticipantRow::customerNumber).toList());
        return rows;
    }

    /** Everyone waiting for, holding or using a place of the measure, by entry date and queue; logged. */
    public List<ParticipantRow> participants(long measureId) {
        Measure measure = access.forCoordination(measureId);
        List<ParticipantRow> rows = em.createQuery(
                        PARTICIPANT + " where m = :measure and p.status in :open"
                                + " order by e.entryOn, case when p.status = :waiting then 1 else 0 end, p.queuedAt, p.id",
                        ParticipantRow.class)
                .setParameter("measure", measure)
                .setParameter("open", PlacementStatus.open())
                .setParameter("waiting", PlacementStatus.WAITING)
                .getResultList();
        access.logRead(rows.stream().map(ParticipantRow::customerNumber).toList());
        return rows;
    }

    /** Zuweisung: the reservation becomes an allocation; the caseworker is told. */
    public void confirm(long placementId, long loadedVersion) {
        Placement placement = current(placementId, loadedVersion);
        Places.move(em, placement, PlacementStatus.ALLOCATED, null, access.caller());
        Places.notify(em, placement, NoticeKind.PLACE_ALLOCATED, null);
        flush(placement);
    }

    /** Sends a reservation (or a waiting-list entry) back with a reason; a held place goes to the waiting list. */
    public void sendBack(
            long placementId, long loadedVersion, @NotBlank @Size(max = Placement.REASON_MAX) String reason) {
        Placement placement = current(placementId, loadedVersion);
        Places.move(em, placement, PlacementStatus.RETURNED, reason, access.caller());
        Places.notify(em, placement, NoticeKind.RESERVATION_RETURNED, reason.strip());
        flush(placement);
    }

    /**
     * The take-up check on or after the entry date: started, or no-show. A no-show frees the
     * place and offers it to the next on the waiting list at once.
     */
    public void recordTakeUp(long placementId, long loadedVersion, boolean started) {
        Placement placement = current(placementId, loadedVersion);
        if (placement.getMeasure().getEntryMode() == EntryMode.FIXED_DATES
                && placement.getEntryDate().getEntryOn().isAfter(JobcenterTime.today())) {
            throw new PlacementRefusedException(Why.beforeEntry);
        }
        Places.move(em, placement, started ? PlacementStatus.STARTED : PlacementStatus.NO_SHOW, null, access.caller());
        if (!started) {
            Places.notify(em, placement, NoticeKind.NO_SHOW, null);
        }
        flush(placement);
    }

    /** Interrupted, dropout risk, dropped out (with reason), completed, or back to started. */
    public void changeParticipation(
            long placementId,
            long loadedVersion,
            @NotNull PlacementStatus next,
            @Size(max = Placement.REASON_MAX) String reason) {
        if (!PARTICIPATION_CHANGES.contains(next)) {
            throw new IllegalArgumentException(next + " is not a change of participation");
        }
        Placement placement = current(placementId, loadedVersion);
        if (!placement.getStatus().isParticipating()) {
            throw new IllegalStateException("placement " + placementId + " is not a participation");
        }
        Places.move(em, placement, next, reason, access.caller());
        if (next == PlacementStatus.DROPOUT_RISK) {
            Places.notify(em, placement, NoticeKind.DROPOUT_RISK, reason == null ? null : reason.strip());
        }
        flush(placement);
    }

    /**
     * Places and allowance of an entry date. One conditional statement: it refuses a version
     * that changed meanwhile and any number below the places already taken at that moment.
     */
    public void changePlaces(
            long entryDateId,
            long loadedVersion,
            @Min(0) @Max(MeasureTerms.PLACES_MAX) int places,
            @Min(0) @Max(EntryDate.ALLOWANCE_MAX) int allowance) {
        EntryDate entry = em.find(EntryDate.class, entryDateId);
        if (entry == null) {
            throw new MeasureAccessDeniedException(access.caller(), entryDateId);
        }
        access.forCoordination(entry.getMeasure().getId());
        EntryDate.checkedPlaces(places, allowance, entry.getTaken());
        int changed = Places.onEntryDate(
                        em,
                        "update entry_date set places = ?1, allowance = ?2, version = version + 1"
                                + " where id = ?3 and version = ?4 and taken <= ?1 + ?2")
                .setParameter(1, places)
                .setParameter(2, allowance)
                .setParameter(3, entryDateId)
                .setParameter(4, loadedVersion)
                .executeUpdate();
        if (changed == 0) {
            throw new ConcurrentChangeException("entry date " + entryDateId);
        }
        em.refresh(entry);
        Places.offerToWaitingList(em, entry);
    }

    /** How many working days new reservations of the measure are held before they lapse (1 to 30; the measure refuses others). */
    public void changeHoldWorkingDays(long measureId, int days) {
        access.forCoordination(measureId).changeHoldWorkingDays(days);
        em.flush();
    }

    /** A new entry date with its places, inside the measure's period. */
    public long addEntryDate(
            long measureId, @NotNull LocalDate entryOn, @Min(0) @Max(MeasureTerms.PLACES_MAX) int places) {
        Measure measure = access.forCoordination(measureId);
        EntryDate entry = measure.addEntryDate(entryOn, places);
        Long clash = em.createQuery(
                        "select count(e) from EntryDate e where e.measure = :m and e.entryOn = :on", Long.class)
                .setParameter("m", measure)
                .setParameter("on", entryOn)
                .getSingleResult();
        if (clash > 0) {
            throw new IllegalArgumentException("entry date " + entryOn + " exists already");
        }
        em.persist(entry);
        em.flush();
        return entry.getId();
    }

    /**
     * Records a provider's report about a participant. A dropout-risk report alerts the
     * caseworker at once and marks a running participation as at risk; a report that needs a
     * decision alerts them too. With {@code correctsId}, the new report corrects an earlier one of
     * the same participant, which stays as it was.
     */
    public long recordReport(
            long placementId,
            @NotNull ReportKind kind,
            @NotNull ReportHandling handling,
            @NotNull LocalDate reportedOn,
            @NotBlank @Size(max = ProviderReport.TEXT_MAX) String text,
            @Size(max = ProviderReport.ASSESSMENT_MAX) String assessment,
            Long correctsId) {
        Placement placement = access.placementForCoordination(placementId);
        ProviderReport report;
        Instant now = Instant.now();
        if (correctsId == null) {
            report = new ProviderReport(placement, kind, handling, reportedOn, text, assessment, access.caller(), now);
        } else {
            ProviderReport earlier = em.find(ProviderReport.class, correctsId);
            if (earlier == null || !earlier.getPlacement().getId().equals(placement.getId())) {
                throw new IllegalArgumentException("report " + correctsId + " is not about this participant");
            }
            report = earlier.correctedBy(kind, handling, reportedOn, text, assessment, access.caller(), now);
        }
        em.persist(report);
        if (kind == ReportKind.DROPOUT_RISK && placement.getStatus().next().contains(PlacementStatus.DROPOUT_RISK)) {
            Places.move(
                    em,
                    placement,
                    PlacementStatus.DROPOUT_RISK,
                    "Teilnehmerbericht vom " + Places.german(reportedOn),
                    access.caller());
        }
        if (report.alertsCaseworker()) {
            Places.notify(
                    em,
                    placement,
                    kind == ReportKind.DROPOUT_RISK ? NoticeKind.DROPOUT_RISK : NoticeKind.PROVIDER_REPORT,
                    text.strip());
        }
        flush(placement);
        return report.getId();
    }

    /** The reports about the participants of a measure, newest first; the names shown are logged. */
    public List<ReportRow> reports(long measureId) {
        Measure measure = access.forCoordination(measureId);
        List<Object[]> rows = em.createQuery(
                        "select r.id, p.id, c.lastName, c.firstName, r.reportedOn, r.kind, r.handling,"
                                + " r.text, r.assessment, r.corrects.id, r.recordedBy, r.recordedAt, c.customerNumber"
                                + " from ProviderReport r join r.placement p join p.customer c left join r.corrects"
                                + " where p.measure = :measure order by r.recordedAt desc, r.id desc",
                        Object[].class)
                .setParameter("measure", measure)
                .setMaxResults(REPORTS_SHOWN)
                .getResultList();
        access.logRead(rows.stream().map(r -> (String) r[12]).distinct().toList());
        return rows.stream()
                .map(r -> new ReportRow(
                        (Long) r[0],
                        (Long) r[1],
                        r[2] + ", " + r[3],
                        (LocalDate) r[4],
                        (ReportKind) r[5],
                        (ReportHandling) r[6],
                        (String) r[7],
                        (String) r[8],
                        (Long) r[9],
                        (String) r[10],
                        (Instant) r[11]))
                .toList();
    }

    /** The teams and caseworkers a fill request can go to. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Addressee> teams() {
        return em.createQuery(
                        "select new " + Addressee.class.getName() + "(t.id, t.name) from Team t order by t.name",
                        Addressee.class)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
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
    public long requestCandidates(
            long entryDateId, Long teamId, Long caseworkerId, @Size(max = FillRequest.MESSAGE_MAX) String message) {
        EntryDate entry = em.find(EntryDate.class, entryDateId);
        if (entry == null) {
            throw new MeasureAccessDeniedException(access.caller(), entryDateId);
        }
        access.forCoordination(entry.getMeasure().getId());
        Team team = teamId == null ? null : em.find(Team.class, teamId);
        StaffMember colleague = caseworkerId == null ? null : em.find(StaffMember.class, caseworkerId);
        if (colleague != null && !colleague.hasRole(Role.CASEWORKER)) {
            throw new IllegalArgumentException("fill requests go to caseworkers");
        }
        FillRequest request = new FillRequest(entry, team, colleague, message, access.caller(), Instant.now());
        em.persist(request);
        em.flush();
        return request.getId();
    }

    /** The fill requests of the caller's measures with their answers, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
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
                .setParameter("me", access.caller())
                .setMaxResults(REPORTS_SHOWN)
                .getResultList();
    }

    public void closeFillRequest(long fillRequestId) {
        FillRequest request = em.find(FillRequest.class, fillRequestId);
        if (request == null) {
            throw new MeasureAccessDeniedException(access.caller(), fillRequestId);
        }
        access.forCoordination(request.getEntryDate().getMeasure().getId());
        request.close(Instant.now());
    }

    private Placement current(long placementId, long loadedVersion) {
        Placement placement = access.placementForCoordination(placementId);
        if (placement.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("placement " + placementId);
        }
        return placement;
    }

    private void flush(Placement placement) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("placement " + placement.getId());
        }
    }
}
