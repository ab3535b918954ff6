package de.nahbar.measure.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.measure.service.CoordinationService;
import de.nahbar.measure.service.EntryRow;
import de.nahbar.measure.service.MyMeasure;
import de.nahbar.measure.service.ParticipantRow;
import de.nahbar.shared.service.NahbarException;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.Formats;

/**
 * measure/mine.xhtml, "Meine Maßnahmen": the coordinator's measures with the use of every entry
 * date, reservations to confirm, and the participants of one measure with take-up check and the
 * course of each participation. Every action goes through {@link CoordinationService}, which
 * checks ownership again.
 */
@Named
@ViewScoped
public class MyMeasuresView implements Serializable {

    @EJB
    private CoordinationService coordination;

    @Inject
    private Formats formats;

    private List<MyMeasure> measures;
    private List<ParticipantRow> pending;
    private Long selectedMeasureId;
    private List<ParticipantRow> participants = List.of();

    /** The placement being sent back or changed, and the form's values for it. */
    private Long actingOn;
    private String reason;
    private PlacementStatus nextStatus;

    private Long newEntryMeasureId;
    private LocalDate newEntryOn;
    private Integer newEntryPlaces;

    private Long placesEntryId;
    private Integer places;
    private Integer allowance;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        measures = coordination.myMeasures();
        pending = coordination.pendingReservations();
        participants = selectedMeasureId == null ? List.of() : coordination.participants(selectedMeasureId);
    }

    /** Runs an action; tells the user in German when it was refused (nothing was stored), then shows the new state. */
    private void attempt(Runnable action, String savedKey) {
        try {
            action.run();
            FacesMessages.info(savedKey);
            actingOn = null;
            reason = null;
            nextStatus = null;
        } catch (NahbarException e) {
            FacesMessages.error(null, e.messageKey());
        }
        refresh();
    }

    public void showParticipants(long measureId) {
        selectedMeasureId = measureId;
        participants = coordination.participants(measureId);
    }

    public void confirm(ParticipantRow row) {
        attempt(() -> coordination.confirm(row.placementId(), row.version()), "measure_mine.confirmed");
    }

    public void startActing(ParticipantRow row) {
        actingOn = row.placementId();
        reason = null;
        nextStatus = null;
    }

    public void cancelActing() {
        actingOn = null;
    }

    public void sendBack(ParticipantRow row) {
        attempt(() -> coordination.sendBack(row.placementId(), row.version(), reason), "measure_mine.sentBack");
    }

    public void takeUp(ParticipantRow row, boolean started) {
        attempt(() -> coordination.recordTakeUp(row.placementId(), row.version(), started),
                started ? "measure_mine.started" : "measure_mine.noShow");
    }

    public void changeParticipation(ParticipantRow row) {
        if (nextStatus == null) {
            FacesMessages.error("participantsForm:participants:" + participants.indexOf(row) + ":nextStatus", "validation.required");
            return;
        }
        if (nextStatus.needsReason() && (reason == null || reason.isBlank())) {
            FacesMessages.error("participantsForm:participants:" + participants.indexOf(row) + ":reason", "measure_mine.reasonNeeded");
            return;
        }
        attempt(() -> coordination.changeParticipation(row.placementId(), row.version(), nextStatus, reason),
                "measure_mine.participationChanged");
    }

    public void addEntryDate() {
        MyMeasure measure = measures.stream().filter(m -> m.id() == newEntryMeasureId).findFirst().orElse(null);
        if (measure != null && (newEntryOn.isBefore(measure.startsOn()) || newEntryOn.isAfter(measure.endsOn()))) {
            FacesMessages.error("entryForm:newEntryOn", "measure_mine.entryOutsidePeriod", formats.date(measure.startsOn()),
                    formats.date(measure.endsOn()));
            return;
        }
        attempt(() -> coordination.addEntryDate(newEntryMeasureId, newEntryOn, newEntryPlaces), "measure_mine.entryAdded");
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            newEntryOn = null;
            newEntryPlaces = null;
        }
    }

    public void startPlaces(EntryRow entry) {
        placesEntryId = entry.id();
        places = entry.places();
        allowance = entry.allowance();
    }

    public void changePlaces(EntryRow entry) {
        attempt(() -> coordination.changePlaces(entry.id(), entry.version(), places, allowance), "measure_mine.placesChanged");
        placesEntryId = null;
    }

    public boolean isActing(ParticipantRow row) {
        return actingOn != null && actingOn == row.placementId();
    }

    public MyMeasure getSelectedMeasure() {
        return measures.stream().filter(m -> selectedMeasureId != null && m.id() == selectedMeasureId).findFirst().orElse(null);
    }

    public List<MyMeasure> getMeasures() {
        return measures;
    }

    public List<ParticipantRow> getPending() {
        return pending;
    }

    public List<ParticipantRow> getParticipants() {
        return participants;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public PlacementStatus getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(PlacementStatus nextStatus) {
        this.nextStatus = nextStatus;
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
