package de.nahbar.measure.service;

import java.util.EnumSet;
import java.util.List;

import jakarta.persistence.EntityManager;

import de.nahbar.measure.domain.PlacementStatus;

/** The entry dates of some measures with the use of their places, in one grouped statement. */
final class EntryRows {

    private EntryRows() {}

    static List<EntryRow> of(EntityManager em, List<Long> measureIds) {
        return em.createQuery(
                        "select new " + EntryRow.class.getName() + "(e.id, e.version, e.measure.id, e.entryOn,"
                                + " e.places, e.allowance, e.taken,"
                                + " sum(case when p.status = :reserved then 1 else 0 end),"
                                + " sum(case when p.status = :allocated then 1 else 0 end),"
                                + " sum(case when p.status in :participating then 1 else 0 end),"
                                + " sum(case when p.status = :waiting then 1 else 0 end))"
                                + " from EntryDate e left join Placement p on p.entryDate = e where e.measure.id in :ids"
                                + " group by e.id, e.version, e.measure.id, e.entryOn, e.places, e.allowance, e.taken"
                                + " order by e.entryOn",
                        EntryRow.class)
                .setParameter("reserved", PlacementStatus.RESERVED)
                .setParameter("allocated", PlacementStatus.ALLOCATED)
                .setParameter(
                        "participating",
                        EnumSet.of(PlacementStatus.STARTED, PlacementStatus.INTERRUPTED, PlacementStatus.DROPOUT_RISK))
                .setParameter("waiting", PlacementStatus.WAITING)
                .setParameter("ids", measureIds)
                .getResultList();
    }
}
