package de.nahbar.provider.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.staff.service.StaffNames;

/**
 * The quality observations shown on a measure's page. They belong to the provider relations, so the
 * measure context does not read them; the page includes this part (WEB-INF/includes/measure-observations.xhtml).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD, ADMIN})
public class MeasureObservationQueries {

    /** As many as the measure's page shows of its feedback. */
    static final int SHOWN = 50;

    @PersistenceContext
    private EntityManager em;

    /** The latest observations about the measure, newest first. */
    public List<MeasureObservation> latest(long measureId) {
        return em.createQuery(
                        "select new " + MeasureObservation.class.getName() + "(o.recordedAt, o.tone,"
                                + " o.observedOn, o.text, case when o.placement is not null then true else false end,"
                                + " case when o.corrects is not null then true else false end, "
                                + StaffNames.of("o.recordedBy")
                                + ") from QualityObservation o where o.measure.id = :m order by o.recordedAt desc",
                        MeasureObservation.class)
                .setParameter("m", measureId)
                .setMaxResults(SHOWN)
                .getResultList();
    }
}
