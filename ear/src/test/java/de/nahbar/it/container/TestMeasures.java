package de.nahbar.it.container;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.measure.domain.EntryDate;
import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.MeasureStatus;
import de.nahbar.measure.domain.MeasureTerms;
import de.nahbar.measure.domain.Placement;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.measure.domain.Proposal;
import de.nahbar.measure.domain.ProposalOutcome;
import de.nahbar.measure.domain.Provider;
import de.nahbar.measure.domain.TargetGroup;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.StaffMember;

/** Creates measures, entry dates and consents for a test, and reads back what the database holds; bypasses the services on purpose. */
@Stateless
@PermitAll
public class TestMeasures {

    @PersistenceContext
    private EntityManager em;

    /** A running measure coordinated by {@code coordinator} (deputy optional), period from a month ago for a year. */
    public long newMeasure(String coordinator, String deputy, LegalBasis basis, TargetGroup group, EntryMode mode) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Provider provider = new Provider("Testträger " + suffix, "Teststraße 1, 12345 Teststadt", "0345 1");
        em.persist(provider);
        LocalDate today = JobcenterTime.today();
        Measure measure = new Measure(
                new MeasureTerms(
                        "T-" + suffix,
                        "Testmaßnahme " + suffix,
                        basis,
                        "Inhalt der Testmaßnahme " + suffix,
                        group,
                        "Teststadt",
                        "V-1",
                        "Los 1",
                        2,
                        20,
                        new BigDecimal("500.00"),
                        12,
                        mode,
                        today.minusMonths(1),
                        today.plusMonths(11)),
                provider);
        measure.changeStatus(MeasureStatus.RUNNING);
        measure.addCoordinator(member(coordinator));
        if (deputy != null) {
            measure.nameDeputyCoordinator(member(deputy));
        }
        em.persist(measure);
        em.flush();
        return measure.getId();
    }

    /** A running measure with the given terms, coordinated by {@code coordinator}, on its own provider. */
    public long newMeasure(
            String coordinator,
            LegalBasis basis,
            String location,
            int minimum,
            int places,
            BigDecimal pricePerPlaceMonth,
            int durationWeeks,
            LocalDate startsOn,
            LocalDate endsOn) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Provider provider = new Provider("Testträger " + suffix, "Teststraße 1, 12345 Teststadt", "0345 1");
        em.persist(provider);
        Measure measure = new Measure(
                new MeasureTerms(
                        "T-" + suffix,
                        "Testmaßnahme " + suffix,
                        basis,
                        "Inhalt der Testmaßnahme " + suffix,
                        TargetGroup.ALL,
                        location,
                        "V-1",
                        "Los 1",
                        minimum,
                        places,
                        pricePerPlaceMonth,
                        durationWeeks,
                        EntryMode.FIXED_DATES,
                        startsOn,
                        endsOn),
                provider);
        measure.changeStatus(MeasureStatus.RUNNING);
        measure.addCoordinator(member(coordinator));
        em.persist(measure);
        em.flush();
        return measure.getId();
    }

    /**
     * A placement of the customer on the entry date, walked through the coordinator's steps to
     * {@code status}; a place it holds is counted as taken, as the placement service would.
     * {@code changedAt}, when given, dates the last step (an exit in the past).
     */
    public long placement(long customerId, long entryDateId, PlacementStatus status, Instant changedAt) {
        EntryDate entry = em.find(EntryDate.class, entryDateId);
        Proposal proposal =
                em.find(Proposal.class, consent(customerId, entry.getMeasure().getId()));
        Instant now = Instant.now();
        Placement placement = Placement.reserve(proposal, entry, now.plusSeconds(86_400), "test", now);
        em.persist(placement);
        List<PlacementStatus> path = switch (status) {
            case RESERVED -> List.of();
            case ALLOCATED -> List.of(PlacementStatus.ALLOCATED);
            case NO_SHOW -> List.of(PlacementStatus.ALLOCATED, PlacementStatus.NO_SHOW);
            case STARTED -> List.of(PlacementStatus.ALLOCATED, PlacementStatus.STARTED);
            case COMPLETED, DROPPED_OUT -> List.of(PlacementStatus.ALLOCATED, PlacementStatus.STARTED, status);
            default -> throw new IllegalArgumentException("not offered by the test: " + status);
        };
        for (PlacementStatus next : path) {
            em.persist(placement.changeTo(next, next.needsReason() ? "Test" : null, "test", now));
        }
        em.flush();
        if (status.holdsPlace()) {
            em.createNativeQuery("update entry_date set taken = taken + 1 where id = ?1")
                    .setParameter(1, entryDateId)
                    .executeUpdate();
        }
        if (changedAt != null) {
            em.createQuery("update Placement p set p.changedAt = :at where p.id = :id")
                    .setParameter("at", changedAt)
                    .setParameter("id", placement.getId())
                    .executeUpdate();
        }
        return placement.getId();
    }

    public long newEntryDate(long measureId, LocalDate on, int places) {
        EntryDate entry = em.find(Measure.class, measureId).addEntryDate(on, places);
        em.persist(entry);
        em.flush();
        return entry.getId();
    }

    /** A standing, informed consent of the customer to the measure, as a caseworker records it. */
    public long consent(long customerId, long measureId) {
        Customer customer = em.find(Customer.class, customerId);
        Proposal proposal = new Proposal(
                customer,
                em.find(Measure.class, measureId),
                ProposalOutcome.CONSENT,
                JobcenterTime.today(),
                new Proposal.Informed(true, true, true),
                null,
                null,
                null,
                customer.getCaseworker().getUsername(),
                Instant.now());
        em.persist(proposal);
        em.flush();
        return proposal.getId();
    }

    public String number(long measureId) {
        return em.find(Measure.class, measureId).getNumber();
    }

    public void endMeasure(long measureId) {
        em.find(Measure.class, measureId).changeStatus(MeasureStatus.ENDED);
    }

    /** The places counted as taken in the database. */
    public int taken(long entryDateId) {
        return ((Number) em.createNativeQuery("select taken from entry_date where id = ?1")
                        .setParameter(1, entryDateId)
                        .getSingleResult())
                .intValue();
    }

    public long placements(long entryDateId, PlacementStatus status) {
        return em.createQuery(
                        "select count(p) from Placement p where p.entryDate.id = :entry and p.status = :status",
                        Long.class)
                .setParameter("entry", entryDateId)
                .setParameter("status", status)
                .getSingleResult();
    }

    public PlacementStatus status(long placementId) {
        return em.createQuery("select p.status from Placement p where p.id = :id", PlacementStatus.class)
                .setParameter("id", placementId)
                .getSingleResult();
    }

    public Instant holdUntil(long placementId) {
        return em.createQuery("select p.holdUntil from Placement p where p.id = :id", Instant.class)
                .setParameter("id", placementId)
                .getSingleResult();
    }

    public long version(long placementId) {
        return em.createQuery("select p.version from Placement p where p.id = :id", Long.class)
                .setParameter("id", placementId)
                .getSingleResult();
    }

    /** Ends a participation as completed, as if it had run its course (bypassing the coordinator). */
    public void complete(long placementId) {
        de.nahbar.measure.domain.Placement placement = em.find(de.nahbar.measure.domain.Placement.class, placementId);
        for (PlacementStatus next :
                new PlacementStatus[] {PlacementStatus.ALLOCATED, PlacementStatus.STARTED, PlacementStatus.COMPLETED}) {
            if (placement.getStatus().next().contains(next)) {
                em.persist(placement.changeTo(next, null, "test", Instant.now()));
            }
        }
    }

    /** Moves a reservation's deadline into the past, as if the days had gone by. */
    public void lapse(long placementId) {
        em.createQuery("update Placement p set p.holdUntil = :past where p.id = :id")
                .setParameter("past", Instant.now().minusSeconds(60))
                .setParameter("id", placementId)
                .executeUpdate();
    }

    /** Unread notices of this kind about the customer. */
    public long notices(long customerId, String kind) {
        return em.createQuery(
                        "select count(n) from Notice n where n.customer.id = :id and cast(n.kind as String) = :kind"
                                + " and n.readAt is null",
                        Long.class)
                .setParameter("id", customerId)
                .setParameter("kind", kind)
                .getSingleResult();
    }

    public long accessLogEntries(String actor, String purpose) {
        return em.createQuery(
                        "select count(e) from AccessLogEntry e where e.actor = :actor and e.purpose = :purpose",
                        Long.class)
                .setParameter("actor", actor)
                .setParameter("purpose", purpose)
                .getSingleResult();
    }

    private StaffMember member(String username) {
        return em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", username)
                .getSingleResult();
    }
}
