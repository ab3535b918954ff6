package de.nahbar.operations.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.shared.domain.TimerRun;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * The figures operations alert on, counted every 15 seconds so that a scrape never waits for the
 * database: callbacks past the window promised to the customer, reservations that lapse within a
 * day, and how long ago each timer last ran to its end. Counts of the whole Jobcenter only; nahbar
 * keeps no figure per caseworker.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class OperationsFigures {

    private static final Logger LOG = Logger.getLogger(OperationsFigures.class.getName());
    private static final Duration LAPSING_WITHIN = Duration.ofHours(24);
    private static final String OVERDUE_CALLBACKS = "nahbar.callbacks.overdue";
    private static final String LAPSING_RESERVATIONS = "nahbar.reservations.lapsing";
    private static final String TIMER_AGE = "nahbar.timer.last.success.age.seconds";

    @Inject
    private MeterRegistry registry;

    @PersistenceContext
    private EntityManager em;

    private final AtomicLong overdueCallbacks = new AtomicLong();
    private final AtomicLong lapsingReservations = new AtomicLong();
    /** Each timer's last success, by name; a gauge per name reads its age at each scrape. */
    private final Map<String, Instant> lastSuccesses = new ConcurrentHashMap<>();

    // registered through the registry's own methods: WildFly 39 exports no meter registered by a
    // builder (WFLY-21339, fixed in 40); the descriptions are in docs/operations.md
    @PostConstruct
    void register() {
        registry.gauge(OVERDUE_CALLBACKS, Tags.empty(), overdueCallbacks, AtomicLong::get);
        registry.gauge(LAPSING_RESERVATIONS, Tags.empty(), lapsingReservations, AtomicLong::get);
        count();
    }

    /** A gauge reads this instance's fields: it goes with the deployment, else a new one would find the old one. */
    @PreDestroy
    void unregister() {
        for (String name : List.of(OVERDUE_CALLBACKS, LAPSING_RESERVATIONS, TIMER_AGE)) {
            registry.find(name).meters().forEach(registry::remove);
        }
    }

    /** Reads only; while the database is away the last figures stay and readiness says why. */
    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "Kennzahlen für den Betrieb")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void count() {
        try {
            countNow();
        } catch (PersistenceException e) {
            LOG.warning(() -> "Kennzahlen für den Betrieb nicht gezählt: " + e.getMessage());
        }
    }

    private void countNow() {
        Instant now = Instant.now();
        overdueCallbacks.set(em.createQuery(
                        "select count(f) from FollowUp f where f.kind = :callback and f.doneAt is null"
                                + " and f.dueAt < :now",
                        Long.class)
                .setParameter("callback", FollowUpKind.CALLBACK)
                .setParameter("now", now)
                .getSingleResult());
        lapsingReservations.set(em.createQuery(
                        "select count(p) from Placement p where p.status = :reserved"
                                + " and p.holdUntil >= :now and p.holdUntil < :soon",
                        Long.class)
                .setParameter("reserved", PlacementStatus.RESERVED)
                .setParameter("now", now)
                .setParameter("soon", now.plus(LAPSING_WITHIN))
                .getSingleResult());
        for (TimerRun run :
                em.createQuery("select r from TimerRun r", TimerRun.class).getResultList()) {
            if (lastSuccesses.put(run.getName(), run.getLastSuccessAt()) == null) {
                registry.gauge(
                        TIMER_AGE,
                        Tags.of("timer", run.getName()),
                        lastSuccesses,
                        successes -> Duration.between(successes.get(run.getName()), Instant.now())
                                        .toMillis()
                                / 1000.0);
            }
        }
    }
}
