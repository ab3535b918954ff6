package de.nahbar.measure.service;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.domain.NoticeKind;
import de.nahbar.measure.domain.Placement;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.shared.service.TimerRunRecorder;

/**
 * Releases reservations whose deadline passed without the coordinator's confirmation, tells the
 * caseworker, and offers the place to the waiting list. A persistent timer: a deadline that
 * passes while the server is down is caught up at the next run. Runs every 15 seconds, so a
 * place is free again within moments of its deadline; each run is one short transaction. A
 * timer restored from an earlier run can fire as soon as the application starts: it waits for
 * the schema migration.
 */
@Singleton
@DependsOn("SchemaMigration")
@Interceptors(TimerRunRecorder.class) // the age of its last success is a metric
@PermitAll
public class ReservationExpiryTimer {

    private static final Logger LOG = Logger.getLogger(ReservationExpiryTimer.class.getName());

    /** At most this many per run, so one run stays short; the next run takes the rest. */
    static final int BATCH = 200;

    @PersistenceContext
    private EntityManager em;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = true, info = "Reservierungsfristen")
    void expireLapsedReservations() {
        List<Placement> lapsed = em.createQuery(
                        "select p from Placement p join fetch p.entryDate e join fetch e.measure"
                                + " where p.status = :reserved and p.holdUntil < :now order by p.holdUntil",
                        Placement.class)
                .setParameter("reserved", PlacementStatus.RESERVED)
                .setParameter("now", Instant.now())
                .setMaxResults(BATCH)
                .getResultList();
        for (Placement placement : lapsed) {
            Places.move(em, placement, PlacementStatus.EXPIRED, null, Places.SYSTEM);
            Places.notify(em, placement, NoticeKind.RESERVATION_EXPIRED, null);
        }
        if (!lapsed.isEmpty()) {
            LOG.info(() -> lapsed.size() + " Reservierung(en) nach Fristablauf freigegeben");
        }
    }
}
