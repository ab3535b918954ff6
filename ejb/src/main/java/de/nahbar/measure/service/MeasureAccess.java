package de.nahbar.measure.service;

import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.audit.domain.AccessLogEntry;
import de.nahbar.audit.domain.AccessPurpose;
import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.Placement;

/**
 * Which measures a coordinator may work on (docs/design.md §4): those they coordinate or deputise,
 * checked in the database for every call. What a coordinator reads of a participant (name,
 * number, status, caseworker) is written to the access log like a case read.
 */
@Stateless
@LocalBean
@RolesAllowed(MEASURE_COORDINATOR)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MeasureAccess {

    /** JPQL: the measure {@code m} is owned by {@code :me}, as coordinator or deputy. */
    static final String OWNED =
            "(exists (select 1 from Measure o join o.coordinators oc where o = m and oc.username = :me)"
                    + " or exists (select 1 from Measure o join o.deputyCoordinator od where o = m and od.username = :me))";

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    public String caller() {
        return context.getCallerPrincipal().getName();
    }

    /** The measure, if the caller coordinates or deputises it; unknown ids are refused like foreign ones. */
    public Measure forCoordination(long measureId) {
        return em.createQuery("select m from Measure m where m.id = :id and " + OWNED, Measure.class)
                .setParameter("id", measureId)
                .setParameter("me", caller())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new MeasureAccessDeniedException(caller(), measureId));
    }

    /** The placement, if it belongs to a measure the caller owns; loaded with its customer for the log. */
    public Placement placementForCoordination(long placementId) {
        Placement placement = em.createQuery(
                        "select p from Placement p join fetch p.customer join fetch p.entryDate"
                                + " join fetch p.measure m where p.id = :id and " + OWNED,
                        Placement.class)
                .setParameter("id", placementId)
                .setParameter("me", caller())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new MeasureAccessDeniedException(caller(), placementId));
        logRead(List.of(placement.getCustomer().getCustomerNumber()));
        return placement;
    }

    /** One access-log entry per participant whose data the caller is shown, in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void logRead(Collection<String> customerNumbers) {
        Instant now = Instant.now();
        for (String number : customerNumbers) {
            em.persist(new AccessLogEntry(now, caller(), number, AccessPurpose.MEASURE_COORDINATION.name(), null));
        }
    }
}
