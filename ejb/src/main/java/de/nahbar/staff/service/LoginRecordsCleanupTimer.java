package de.nahbar.staff.service;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.shared.service.TimerRunRecorder;
import de.nahbar.staff.domain.LoginThrottle;
import de.nahbar.staff.domain.TrustedDevice;

/**
 * Forgets counts of wrong passwords that no longer count and browsers not used for half a year,
 * every hour: a guesser trying made-up names would otherwise fill the table. Not persistent and
 * run by every node of a cluster alike: deleting twice deletes once.
 */
@Singleton
@DependsOn("SchemaMigration")
@Interceptors(TimerRunRecorder.class) // the age of its last success is a metric
@PermitAll
public class LoginRecordsCleanupTimer {

    @PersistenceContext
    private EntityManager em;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "Anmeldezähler aufräumen")
    void forgetOldRecords() {
        Instant now = Instant.now();
        em.createQuery(
                        "delete from LoginThrottle t where t.lastFailureAt < :forgotten and (t.waitUntil is null or t.waitUntil < :now)")
                .setParameter("forgotten", now.minus(LoginThrottle.FORGOTTEN_AFTER))
                .setParameter("now", now)
                .executeUpdate();
        em.createQuery("delete from TrustedDevice d where d.lastLoginAt < :forgotten")
                .setParameter("forgotten", now.minus(TrustedDevice.FORGOTTEN_AFTER))
                .executeUpdate();
    }
}
