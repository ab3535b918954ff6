package de.nahbar.measure.service;

import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;

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
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.caseload.domain.NoticeKind;
import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.MeasureStatus;
import de.nahbar.measure.domain.Placement;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.measure.service.PlacementRefusedException.Why;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.DomainRules;

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
            + " m.id, m.title, e.entryOn, p.holdUntil, p.queuedAt, c.closedOn) from Placement p join p.customer c join c.caseworker cw"
            + " join p.measure m join p.entryDate e";

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
        Places.flush(em, placement);
    }

    /** Sends a reservation (or a waiting-list entry) back with a reason; a held place goes to the waiting list. */
    public void sendBack(
            long placementId, long loadedVersion, @NotBlank @Size(max = Placement.REASON_MAX) String reason) {
        Placement placement = current(placementId, loadedVersion);
        Places.move(em, placement, PlacementStatus.RETURNED, reason, access.caller());
        Places.notify(em, placement, NoticeKind.RESERVATION_RETURNED, reason.strip());
        Places.flush(em, placement);
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
        Places.flush(em, placement);
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
        Places.flush(em, placement);
    }

    private Placement current(long placementId, long loadedVersion) {
        Placement placement = access.placementForCoordination(placementId);
        if (placement.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("placement " + placementId);
        }
        return placement;
    }
}
