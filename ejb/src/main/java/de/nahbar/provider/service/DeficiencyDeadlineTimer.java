package de.nahbar.provider.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.provider.domain.Deficiency;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.TimerRunRecorder;

/**
 * Every morning, deficiencies whose deadline for remedy passed while they still await remedy are
 * marked overdue; from then on they stand on the owner's Mein Tag until the status moves on.
 */
@Singleton
@DependsOn("SchemaMigration")
@Interceptors(TimerRunRecorder.class) // the age of its last success is a metric
public class DeficiencyDeadlineTimer {

    private static final Logger LOG = Logger.getLogger(DeficiencyDeadlineTimer.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Schedule(hour = "6", minute = "20", persistent = true, info = "Fristen der Mängel")
    void everyMorning() {
        markOverdue();
    }

    /** Runs the check now; returns how many deficiencies became overdue. */
    @RolesAllowed(ADMIN)
    public int markOverdueNow() {
        return markOverdue();
    }

    int markOverdue() {
        LocalDate today = JobcenterTime.today();
        List<Deficiency> due = em.createQuery(
                        "select d from Deficiency d where d.status in :awaiting"
                                + " and d.deadline < :today and d.overdueSince is null",
                        Deficiency.class)
                .setParameter("awaiting", ProviderDirectoryQueries.AWAITING_REMEDY)
                .setParameter("today", today)
                .getResultList();
        int marked = (int) due.stream().filter(d -> d.markOverdue(today)).count();
        if (marked > 0) {
            LOG.info(() -> marked + " Mängel haben ihre Frist überschritten");
        }
        return marked;
    }
}
