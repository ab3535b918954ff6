package de.nahbar.staff.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.shared.domain.RuleBroken;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.staff.domain.AssignmentRule;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;

/**
 * The responsibility rules the administrators keep ({@link AssignmentRule}): which team takes
 * new customers by surname letters and postal code, and within a team which caseworker. A rule
 * is added or ended, never edited or deleted, so what assigned a customer stays one rule as it was.
 */
@Stateless
@Interceptors(DomainRules.class)
@RolesAllowed(ADMIN)
public class AssignmentRuleService {

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    /** The rules in force, by team, the team's own rules first. */
    public List<AssignmentRuleRow> rules() {
        return em.createQuery(
                        "select new de.nahbar.staff.service.AssignmentRuleRow(r.id, coalesce(t.name, ct.name),"
                                + " concat(c.lastName, ', ', c.firstName), r.letterFrom, r.letterTo, r.postalPrefix)"
                                + " from AssignmentRule r left join r.team t left join r.caseworker c"
                                + " left join c.team ct where r.endedAt is null"
                                + " order by coalesce(t.name, ct.name), case when c.id is null then 0 else 1 end,"
                                + " r.letterFrom, r.postalPrefix, r.id",
                        AssignmentRuleRow.class)
                .getResultList();
    }

    public List<TeamRef> teams() {
        return em.createQuery(
                        "select new de.nahbar.staff.service.TeamRef(t.id, t.name) from Team t order by t.name",
                        TeamRef.class)
                .getResultList();
    }

    /** The active caseworkers of the Jobcenter who belong to a team, by team and name, for the rule form. */
    public List<CaseworkerOption> caseworkers() {
        return em.createQuery(
                        "select new de.nahbar.staff.service.CaseworkerOption(m.username,"
                                + " concat(m.lastName, ', ', m.firstName, ' (', t.name, ')'))"
                                + " from StaffMember m join m.roles r join m.team t"
                                + " where r = de.nahbar.staff.domain.Role.CASEWORKER and m.active = true"
                                + " order by t.name, m.lastName, m.firstName",
                        CaseworkerOption.class)
                .getResultList();
    }

    /**
     * Adds a rule; returns its id. Without a caseworker it is the team's rule; with one, the
     * caseworker's within the team, who must belong to it.
     */
    public long add(Long teamId, String caseworker, String letterFrom, String letterTo, String postalPrefix) {
        String me = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        Team team = teamId == null ? null : em.find(Team.class, teamId);
        AssignmentRule rule;
        if (caseworker == null || caseworker.isBlank()) {
            rule = AssignmentRule.forTeam(team, letterFrom, letterTo, postalPrefix, me, now);
        } else {
            StaffMember member = em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                    .setParameter("username", caseworker)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new RuleBroken("caseworker", "assignment.notCaseworker"));
            if (team != null
                    && (member.getTeam() == null || !member.getTeam().getId().equals(team.getId()))) {
                throw new RuleBroken("caseworker", "assignment.notInTeam");
            }
            rule = AssignmentRule.forCaseworker(member, letterFrom, letterTo, postalPrefix, me, now);
        }
        em.persist(rule);
        em.flush();
        return rule.getId();
    }

    /** Ends a rule: it assigns nobody from now on, and stays with the assignments it made. */
    public void end(long id) {
        AssignmentRule rule = em.find(AssignmentRule.class, id);
        if (rule != null) {
            rule.end(context.getCallerPrincipal().getName(), Instant.now());
        }
    }
}
