package de.nahbar.reach.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import de.nahbar.reach.domain.ReachabilitySettings;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.StaffMember;

/** Lookups the reachability services share: the caller as staff member, and their settings. */
final class Reachable {

    private Reachable() {}

    static StaffMember staff(EntityManager em, String username) {
        return em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", username)
                .getSingleResult();
    }

    /** The settings of this caseworker; {@code create}: made (all off) when there are none yet. */
    static ReachabilitySettings settingsOf(EntityManager em, StaffMember caseworker, boolean create) {
        ReachabilitySettings settings = em.createQuery(
                        "select s from ReachabilitySettings s where s.caseworker = :cw", ReachabilitySettings.class)
                .setParameter("cw", caseworker)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (settings == null && create) {
            settings = new ReachabilitySettings(caseworker);
            em.persist(settings);
        }
        return settings;
    }

    /** The caseworker's deputy periods from today on, up to {@code until} (null: all of them), with the deputy's name. */
    static List<MySettings.Absence> absences(EntityManager em, StaffMember caseworker, LocalDate until) {
        return em
                .createQuery(
                        "select d.fromDate, d.toDate, d.deputy.firstName, d.deputy.lastName from Deputy d"
                                + " where d.absent = :cw and d.toDate >= :today and d.fromDate <= :until order by d.fromDate",
                        Object[].class)
                .setParameter("cw", caseworker)
                .setParameter("today", JobcenterTime.today())
                .setParameter("until", until == null ? LocalDate.of(9999, 12, 31) : until)
                .getResultList()
                .stream()
                .map(r -> new MySettings.Absence((LocalDate) r[0], (LocalDate) r[1], r[2] + " " + r[3]))
                .toList();
    }
}
