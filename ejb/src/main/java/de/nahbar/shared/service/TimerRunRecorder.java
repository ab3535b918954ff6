package de.nahbar.shared.service;

import java.time.Instant;

import jakarta.ejb.Schedule;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Put on a timer's bean ({@code @Interceptors}): when its scheduled method returns without an
 * exception, the success is recorded under the schedule's {@code info} (table {@code timer_run}),
 * in the timer's own transaction, so that it is recorded exactly when the work is committed.
 */
public class TimerRunRecorder {

    @PersistenceContext
    private EntityManager em;

    @AroundTimeout
    public Object record(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        Schedule schedule = invocation.getMethod().getAnnotation(Schedule.class);
        String name = schedule == null || schedule.info().isBlank()
                ? invocation.getMethod().getDeclaringClass().getSimpleName()
                : schedule.info();
        Instant now = Instant.now();
        // "on conflict" without a target: the form H2's PostgreSQL mode knows too; two nodes may race
        em.createNativeQuery("insert into timer_run (name, last_success_at) values (?, ?) on conflict do nothing")
                .setParameter(1, name)
                .setParameter(2, now)
                .executeUpdate();
        em.createNativeQuery("update timer_run set last_success_at = ? where name = ? and last_success_at < ?")
                .setParameter(1, now)
                .setParameter(2, name)
                .setParameter(3, now)
                .executeUpdate();
        return result;
    }
}
