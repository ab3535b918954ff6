package de.nahbar.measure.service;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.service.CaseClosed;
import de.nahbar.measure.domain.Placement;
import de.nahbar.measure.domain.PlacementStatus;

/**
 * The measure's part when a case closes: a place on the waiting list, reserved or allocated is
 * withdrawn, and a held place goes at once to the next on the waiting list (through
 * {@link Places}). A running participation is not ended by nahbar: the provider and the
 * coordinator end it, who see the closed case on the participant list.
 */
@ApplicationScoped
public class ClosedCasePlacements {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    private EntityManager em;

    void onCaseClosed(@Observes CaseClosed closed) {
        String reason = "Fall abgeschlossen am " + DAY.format(closed.closedOn());
        for (Placement placement : em.createQuery(
                        "select p from Placement p where p.customer.id = :customer and p.status in :notStarted"
                                + " order by p.id",
                        Placement.class)
                .setParameter("customer", closed.customerId())
                .setParameter(
                        "notStarted",
                        EnumSet.of(PlacementStatus.WAITING, PlacementStatus.RESERVED, PlacementStatus.ALLOCATED))
                .getResultList()) {
            Places.move(em, placement, PlacementStatus.WITHDRAWN, reason, closed.by());
        }
        em.flush();
    }
}
