package de.nahbar.caseload.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import de.nahbar.caseload.domain.Deputy;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;

/**
 * Deputy arrangements (Vertretung). A caseworker names a deputy for their own absence; a team
 * lead may do so for any caseworker of their team. Access ends with the period by itself.
 */
@Stateless
@RolesAllowed({CASEWORKER, TEAM_LEAD})
@Interceptors(DomainRules.class)
public class DeputyService {

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    /** Arrangements in which the caller is absent or deputy, current and future first. */
    public List<DeputyRow> mine() {
        return rows(em.createQuery(
                        "select d from Deputy d join fetch d.absent join fetch d.deputy"
                                + " where (d.absent.username = :me or d.deputy.username = :me) and d.toDate >= :since"
                                + " order by d.fromDate, d.id",
                        Deputy.class)
                .setParameter("me", me())
                .setParameter("since", JobcenterTime.today().minusDays(90))
                .getResultList());
    }

    /** Caseworkers of the caller's team, who may deputise. */
    public List<ColleagueOption> colleagues() {
        StaffMember me = caller();
        if (me.getTeam() == null) {
            return List.of();
        }
        return em
                .createQuery(
                        "select m from StaffMember m join m.roles r where m.team = :team and r = :role"
                                + " and m.active = true and m.username <> :me order by m.lastName, m.firstName",
                        StaffMember.class)
                .setParameter("team", me.getTeam())
                .setParameter("role", Role.CASEWORKER)
                .setParameter("me", me.getUsername())
                .getResultList()
                .stream()
                .map(m -> new ColleagueOption(m.getUsername(), m.getDisplayName()))
                .toList();
    }

    /**
     * @param absentUsername whose caseload is covered: the caller, or (for a team lead) a caseworker of their team
     */
    public void appoint(
            @NotBlank String absentUsername,
            @NotBlank String deputyUsername,
            @NotNull LocalDate from,
            @NotNull LocalDate to) {
        StaffMember me = caller();
        StaffMember absent = member(absentUsername);
        StaffMember deputy = member(deputyUsername);
        boolean forSelf = absent.getId().equals(me.getId()) && context.isCallerInRole(CASEWORKER);
        boolean asTeamLead = context.isCallerInRole(TEAM_LEAD) && sameTeam(me, absent);
        if (!forSelf && !asTeamLead) {
            throw new DeputyNotAllowedException();
        }
        if (!deputy.hasRole(Role.CASEWORKER) || !deputy.isActive() || !sameTeam(absent, deputy)) {
            throw new DeputyNotAllowedException();
        }
        if (to.isBefore(JobcenterTime.today())) {
            throw new IllegalArgumentException("deputy period lies in the past");
        }
        em.persist(new Deputy(absent, deputy, from, to, me.getUsername()));
    }

    private static boolean sameTeam(StaffMember one, StaffMember other) {
        return one.getTeam() != null
                && other.getTeam() != null
                && one.getTeam().getId().equals(other.getTeam().getId());
    }

    private List<DeputyRow> rows(List<Deputy> deputies) {
        LocalDate today = JobcenterTime.today();
        return deputies.stream()
                .map(d -> new DeputyRow(
                        d.getId(),
                        d.getAbsent().getDisplayName(),
                        d.getAbsent().getUsername(),
                        d.getDeputy().getDisplayName(),
                        d.getDeputy().getUsername(),
                        d.getFromDate(),
                        d.getToDate(),
                        d.isActiveOn(today)))
                .toList();
    }

    private String me() {
        return context.getCallerPrincipal().getName();
    }

    private StaffMember caller() {
        return member(me());
    }

    private StaffMember member(String username) {
        return em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(DeputyNotAllowedException::new);
    }
}
