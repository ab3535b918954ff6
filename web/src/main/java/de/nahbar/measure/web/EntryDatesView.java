package de.nahbar.measure.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.measure.service.EntryDateService;
import de.nahbar.measure.service.EntryRow;
import de.nahbar.measure.service.MyMeasure;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.Formats;
import de.nahbar.shared.web.ServiceCall;

/**
 * The places on "Meine Maßnahmen": a new entry date, the places and allowance of one, and how
 * many working days a reservation is held. The measures shown are refreshed after each change.
 */
@Named
@ViewScoped
public class EntryDatesView implements Serializable {

    @EJB
    private EntryDateService entryDates;

    @Inject
    private MyMeasuresView myMeasures;

    @Inject
    private Formats formats;

    private Long newEntryMeasureId;
    private LocalDate newEntryOn;
    private Integer newEntryPlaces;

    private Long placesEntryId;
    private Integer places;
    private Integer allowance;

    /** Per measure: the working days reservations are held, as the form shows them. */
    private final Map<Long, Integer> holdDays = new HashMap<>();

    public void addEntryDate() {
        MyMeasure measure = myMeasures.getMeasures().stream()
                .filter(m -> m.id() == newEntryMeasureId)
                .findFirst()
                .orElse(null);
        if (measure != null && (newEntryOn.isBefore(measure.startsOn()) || newEntryOn.isAfter(measure.endsOn()))) {
            FacesMessages.error(
                    "entryForm:newEntryOn",
                    "measure_mine.entryOutsidePeriod",
                    formats.date(measure.startsOn()),
                    formats.date(measure.endsOn()));
            return;
        }
        boolean added = ServiceCall.of(() -> entryDates.addEntryDate(newEntryMeasureId, newEntryOn, newEntryPlaces))
                .done("measure_mine.entryAdded")
                .run();
        if (added) {
            newEntryOn = null;
            newEntryPlaces = null;
        }
        myMeasures.refresh();
    }

    public Map<Long, Integer> getHoldDays() {
        if (holdDays.isEmpty()) {
            myMeasures.getMeasures().forEach(m -> holdDays.put(m.id(), m.holdWorkingDays()));
        }
        return holdDays;
    }

    public void changeHoldDays(MyMeasure measure) {
        Integer days = holdDays.get(measure.id());
        ServiceCall.of(() -> entryDates.changeHoldWorkingDays(measure.id(), days))
                .done("measure_mine.holdDaysChanged")
                .run();
        myMeasures.refresh();
    }

    public void startPlaces(EntryRow entry) {
        placesEntryId = entry.id();
        places = entry.places();
        allowance = entry.allowance();
    }

    public void changePlaces(EntryRow entry) {
        ServiceCall.of(() -> entryDates.changePlaces(entry.id(), entry.version(), places, allowance))
                .done("measure_mine.placesChanged")
                .run();
        placesEntryId = null;
        myMeasures.refresh();
    }

    public Long getNewEntryMeasureId() {
        return newEntryMeasureId;
    }

    public void setNewEntryMeasureId(Long newEntryMeasureId) {
        this.newEntryMeasureId = newEntryMeasureId;
    }

    public LocalDate getNewEntryOn() {
        return newEntryOn;
    }

    public void setNewEntryOn(LocalDate newEntryOn) {
        this.newEntryOn = newEntryOn;
    }

    public Integer getNewEntryPlaces() {
        return newEntryPlaces;
    }

    public void setNewEntryPlaces(Integer newEntryPlaces) {
        this.newEntryPlaces = newEntryPlaces;
    }

    public Long getPlacesEntryId() {
        return placesEntryId;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public Integer getAllowance() {
        return allowance;
    }

    public void setAllowance(Integer allowance) {
        this.allowance = allowance;
    }
}
