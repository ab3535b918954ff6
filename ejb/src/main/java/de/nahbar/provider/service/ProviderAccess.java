package de.nahbar.provider.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.util.Collection;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBContext;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.service.CaseAccess;
import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.Placement;
import de.nahbar.provider.domain.Deficiency;

/**
 * Who may do what with provider relations (docs/design.md §4): everyone on staff but the auditor reads
 * providers; caseworkers and coordinators add observations (about a participation only of their
 * own customers or their own measures); coordinators manage deficiencies of the measures they own,
 * team leads all of them; administrators maintain master data. Checked in the database per call.
 */
@Stateless
@LocalBean
@RolesAllowed({CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD, ADMIN})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ProviderAccess {

    /** JPQL: the measure {@code m} is coordinated or deputised by {@code :me}. */
    static final String OWNED =
            "(exists (select 1 from Measure o join o.coordinators oc where o = m and oc.username = :me)"
                    + " or exists (select 1 from Measure o join o.deputyCoordinator od where o = m and od.username = :me))";

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CaseAccess caseAccess;

    public String caller() {
        return context.getCallerPrincipal().getName();
    }

    public boolean isCaseworker() {
        return context.isCallerInRole(CASEWORKER);
    }

    public boolean isTeamLead() {
        return context.isCallerInRole(TEAM_LEAD);
    }

    public boolean isCoordinator() {
        return context.isCallerInRole(MEASURE_COORDINATOR);
    }

    public boolean isAdmin() {
        return context.isCallerInRole(ADMIN);
    }

    /** Whether the caller may change this deficiency: a team lead, or a coordinator of one of its measures. */
    public boolean mayManage(long deficiencyId) {
        if (isTeamLead()) {
            return true;
        }
        return isCoordinator()
                && !em.createQuery(
                                "select 1 from Deficiency d join d.measures m where d.id = :id and " + OWNED,
                                Integer.class)
                        .setParameter("id", deficiencyId)
                        .setParameter("me", caller())
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
    }

    /** The deficiency, if the caller may change it; unknown ids are refused like foreign ones. */
    public Deficiency deficiencyToManage(long deficiencyId) {
        Deficiency deficiency = em.find(Deficiency.class, deficiencyId);
        if (deficiency == null || !mayManage(deficiencyId)) {
            throw new ProviderAccessDeniedException(caller(), "deficiency " + deficiencyId);
        }
        return deficiency;
    }

    /** Whether the caller may open a deficiency about these measures: a team lead, or the coordinator of each. */
    public void requireMayOpen(Collection<Measure> measures) {
        if (isTeamLead()) {
            return;
        }
        List<Long> ids = measures.stream().map(Measure::getId).toList();
        long owned = ids.isEmpty() || !isCoordinator()
                ? 0
                : em.createQuery("select count(m) from Measure m where m.id in :ids and " + OWNED, Long.class)
                        .setParameter("ids", ids)
                        .setParameter("me", caller())
                        .getSingleResult();
        if (ids.isEmpty() || owned != ids.size()) {
            throw new ProviderAccessDeniedException(caller(), "deficiency about measures " + ids);
        }
    }

    /** The measures the caller coordinates among these ids. */
    public List<Long> ownedAmong(Collection<Long> measureIds) {
        if (measureIds.isEmpty() || !isCoordinator()) {
            return List.of();
        }
        return em.createQuery("select m.id from Measure m where m.id in :ids and " + OWNED, Long.class)
                .setParameter("ids", measureIds)
                .setParameter("me", caller())
                .getResultList();
    }

    /**
     * The participation, if the caller may observe it: the coordinator of its measure, or the
     * caseworker (or active deputy) of its customer. Unknown ids are refused like foreign ones.
     */
    public Placement placementToObserve(long placementId) {
        Placement placement = em.createQuery(
                        "select p from Placement p join fetch p.measure m join fetch m.provider" + " where p.id = :id",
                        Placement.class)
                .setParameter("id", placementId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ProviderAccessDeniedException(caller(), "participation " + placementId));
        if (!ownedAmong(List.of(placement.getMeasure().getId())).isEmpty()) {
            return placement;
        }
        if (!context.isCallerInRole(CASEWORKER)) {
            throw new ProviderAccessDeniedException(caller(), "participation " + placementId);
        }
        caseAccess.forWork(placement.getCustomer().getId());
        return placement;
    }
}
