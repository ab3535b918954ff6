package de.nahbar.measure.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.FollowUp;
import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.caseload.service.CaseIndex;
import de.nahbar.measure.domain.FbwStatus;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.TimerRunRecorder;

/**
 * Keeps caseworkers in touch with customers during a measure or a further vocational training: audits found that nearly half of
 * long-running participants had no contact with their caseworker for months. Every morning, a
 * customer who takes part in a measure (or whose FbW course has started) and has had no contact for the configured weeks (default
 * 6, {@code -Dnahbar.participation.contact-weeks}) gets a follow-up on the caseworker's Mein Tag,
 * unless one from this rule is still open.
 */
@Singleton
@DependsOn("SchemaMigration")
@Interceptors(TimerRunRecorder.class) // the age of its last success is a metric
public class ParticipationContactTimer {

    private static final Logger LOG = Logger.getLogger(ParticipationContactTimer.class.getName());

    static final int DEFAULT_WEEKS = 6;

    @PersistenceContext
    private EntityManager em;

    @Schedule(hour = "6", minute = "15", persistent = true, info = "Kontakt während der Maßnahme")
    void everyMorning() {
        remindNow();
    }

    /** Runs the rule now; returns how many follow-ups it created. */
    @RolesAllowed(ADMIN)
    public int remindNow() {
        return remind();
    }

    int remind() {
        int weeks = Integer.getInteger("nahbar.participation.contact-weeks", DEFAULT_WEEKS);
        LocalDate today = JobcenterTime.today();
        Instant since = JobcenterTime.startOf(today.minusWeeks(weeks));
        List<Object[]> due = em.createQuery(
                        "select distinct c, m.title from Placement p join p.customer c join p.measure m"
                                + " where p.status in :participating and (c.lastContactAt is null or c.lastContactAt < :since)"
                                + " and not exists (select f from FollowUp f where f.customer = c"
                                + " and f.doneAt is null and f.createdBy = :rule)",
                        Object[].class)
                .setParameter(
                        "participating",
                        EnumSet.of(PlacementStatus.STARTED, PlacementStatus.INTERRUPTED, PlacementStatus.DROPOUT_RISK))
                .setParameter("since", since)
                .setParameter("rule", Places.SYSTEM)
                .getResultList();
        // further vocational training runs at the Agentur's provider: the same rule keeps the caseworker in touch
        due = new ArrayList<>(due);
        due.addAll(em.createQuery(
                        "select distinct c, concat('Weiterbildung ', r.goal) from FbwReferral r join r.customer c"
                                + " where r.status = :started and (c.lastContactAt is null or c.lastContactAt < :since)"
                                + " and not exists (select f from FollowUp f where f.customer = c and f.doneAt is null"
                                + " and f.createdBy = :rule)",
                        Object[].class)
                .setParameter("started", FbwStatus.STARTED)
                .setParameter("since", since)
                .setParameter("rule", Places.SYSTEM)
                .getResultList());
        Set<Long> reminded = new HashSet<>();
        for (Object[] row : due) {
            Customer customer = (Customer) row[0];
            if (!reminded.add(customer.getId())) {
                continue; // in two measures at once: one reminder is enough
            }
            String title = "Kontakt halten: " + row[1];
            em.persist(new FollowUp(
                    customer, FollowUpKind.FOLLOW_UP, Guard.shorten(title, FollowUp.TITLE_MAX), today, Places.SYSTEM));
            CaseIndex.refreshNextDue(em, customer.getId());
        }
        if (!reminded.isEmpty()) {
            LOG.info(() -> reminded.size() + " Wiedervorlage(n) „Kontakt halten während der Maßnahme“ angelegt");
        }
        return reminded.size();
    }
}
