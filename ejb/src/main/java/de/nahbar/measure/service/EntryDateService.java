package de.nahbar.measure.service;

import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import de.nahbar.measure.domain.EntryDate;
import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.MeasureTerms;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.DomainRules;

/**
 * The places a coordinator offers: the places and allowance of each entry date, new entry dates,
 * and how long a reservation is held. Only on measures the caller coordinates or deputises; no
 * change ever takes away places already taken.
 */
@Stateless
@RolesAllowed(MEASURE_COORDINATOR)
@Interceptors(DomainRules.class)
public class EntryDateService {

    @EJB
    private MeasureAccess access;

    @PersistenceContext
    private EntityManager em;

    /**
     * Places and allowance of an entry date. One conditional statement: it refuses a version
     * that changed meanwhile and any number below the places already taken at that moment.
     */
    public void changePlaces(
            long entryDateId,
            long loadedVersion,
            @Min(0) @Max(MeasureTerms.PLACES_MAX) int places,
            @Min(0) @Max(EntryDate.ALLOWANCE_MAX) int allowance) {
        EntryDate entry = em.find(EntryDate.class, entryDateId);
        if (entry == null) {
            throw new MeasureAccessDeniedException(access.caller(), entryDateId);
        }
        access.forCoordination(entry.getMeasure().getId());
        EntryDate.checkedPlaces(places, allowance, entry.getTaken());
        int changed = Places.onEntryDate(
                        em,
                        "update entry_date set places = ?1, allowance = ?2, version = version + 1"
                                + " where id = ?3 and version = ?4 and taken <= ?1 + ?2")
                .setParameter(1, places)
                .setParameter(2, allowance)
                .setParameter(3, entryDateId)
                .setParameter(4, loadedVersion)
                .executeUpdate();
        if (changed == 0) {
            throw new ConcurrentChangeException("entry date " + entryDateId);
        }
        em.refresh(entry);
        Places.offerToWaitingList(em, entry);
    }

    /** How many working days new reservations of the measure are held before they lapse (1 to 30; the measure refuses others). */
    public void changeHoldWorkingDays(long measureId, int days) {
        access.forCoordination(measureId).changeHoldWorkingDays(days);
        em.flush();
    }

    /** A new entry date with its places, inside the measure's period. */
    public long addEntryDate(
            long measureId, @NotNull LocalDate entryOn, @Min(0) @Max(MeasureTerms.PLACES_MAX) int places) {
        Measure measure = access.forCoordination(measureId);
        EntryDate entry = measure.addEntryDate(entryOn, places);
        Long clash = em.createQuery(
                        "select count(e) from EntryDate e where e.measure = :m and e.entryOn = :on", Long.class)
                .setParameter("m", measure)
                .setParameter("on", entryOn)
                .getSingleResult();
        if (clash > 0) {
            throw new IllegalArgumentException("entry date " + entryOn + " exists already");
        }
        em.persist(entry);
        em.flush();
        return entry.getId();
    }
}
