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

/**
 * The assignment rules the administrators keep: which caseworker takes new customers from the
 * benefits file by surname letters and postal code ({@link AssignmentRule}). A rule is added or
 * removed, never edited, so what assigned a customer is always one rule as it was.
 */
@Stateless
@Interceptors(DomainRules.class)
@RolesAllowed(ADMIN)
public class AssignmentRuleService {

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    public List<AssignmentRuleRow> rules() {
        return em.createQuery(
                        "select new de.nahbar.staff.service.AssignmentRuleRow(r.id,"
                                + " concat(c.lastName, ', ', c.firstName), t.name, r.letterFrom, r.letterTo,"
                                + " r.postalPrefix) from AssignmentRule r join r.caseworker c left join c.team t"
                                + " order by t.name, r.letterFrom, r.postalPrefix, r.id",
                        AssignmentRuleRow.class)
                .getResultList();
    }

    /** The active caseworkers of the Jobcenter, by team and name, for the rule form. */
    public List<CaseworkerOption> caseworkers() {
        return em.createQuery(
                        "select new de.nahbar.staff.service.CaseworkerOption(m.username,"
                                + " concat(m.lastName, ', ', m.firstName, coalesce(concat(' (', t.name, ')'), '')))"
                                + " from StaffMember m join m.roles r left join m.team t"
                                + " where r = de.nahbar.staff.domain.Role.CASEWORKER and m.active = true"
                                + " order by t.name, m.lastName, m.firstName",
                        CaseworkerOption.class)
                .getResultList();
    }

    /** Adds a rule for the caseworker with this login; returns its id. */
    public long add(String caseworker, String letterFrom, String letterTo, String postalPrefix) {
        if (caseworker == null || caseworker.isBlank()) {
            throw new RuleBroken("caseworker", "validation.required");
        }
        StaffMember member = em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", caseworker)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleBroken("caseworker", "assignment.notCaseworker"));
        AssignmentRule rule = new AssignmentRule(
                member,
                letterFrom,
                letterTo,
                postalPrefix,
                context.getCallerPrincipal().getName(),
                Instant.now());
        em.persist(rule);
        em.flush();
        return rule.getId();
    }

    public void remove(long id) {
        AssignmentRule rule = em.find(AssignmentRule.class, id);
        if (rule != null) {
            em.remove(rule);
        }
    }
}
