package de.nahbar.measure.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.measure.service.CoordinationService;
import de.nahbar.measure.service.EntryRow;
import de.nahbar.measure.service.MyMeasure;
import de.nahbar.measure.service.ParticipantRow;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.ServiceCall;

/**
 * measure/mine.xhtml, "Meine Maßnahmen": the coordinator's measures with the use of every entry
 * date, reservations to confirm or send back, and the participants of one measure with take-up
 * check and the course of each participation. The page's other tasks have their own beans:
 * {@link EntryDatesView}, {@link ProviderReportsView}, {@link FillRequestsView}. Every action
 * goes through a service that checks ownership again.
 */
@Named
@ViewScoped
public class MyMeasuresView implements Serializable {

    @EJB
    private CoordinationService coordination;

    private List<MyMeasure> measures;
    private List<ParticipantRow> pending;
    private Long selectedMeasureId;
    private List<ParticipantRow> participants = List.of();

    /** The placement being sent back or changed, and the form's values for it. */
    private Long actingOn;

    private String reason;
    private PlacementStatus nextStatus;

    @PostConstruct
    void init() {
        refresh();
    }

    /** Reads the measures, the reservations and the participants shown again, after any change on the page. */
    public void refresh() {
        measures = coordination.myMeasures();
        pending = coordination.pendingReservations();
        participants = selectedMeasureId == null ? List.of() : coordination.participants(selectedMeasureId);
    }

    /** Runs an action; tells the user in German when it was refused (nothing was stored), then shows the new state. */
    private void attempt(Runnable action, String savedKey) {
        if (ServiceCall.of(action).done(savedKey).run()) {
            actingOn = null;
            reason = null;
            nextStatus = null;
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
        attempt(
                () -> coordination.recordTakeUp(row.placementId(), row.version(), started),
                started ? "measure_mine.started" : "measure_mine.noShow");
    }

    public void changeParticipation(ParticipantRow row) {
        String field = "participantsForm:participants:" + participants.indexOf(row) + ":";
        if (nextStatus == null) {
            FacesMessages.error(field + "nextStatus", "validation.required");
            return;
        }
        if (nextStatus.needsReason() && (reason == null || reason.isBlank())) {
            FacesMessages.error(field + "reason", "measure_mine.reasonNeeded");
            return;
        }
        attempt(
                () -> coordination.changeParticipation(row.placementId(), row.version(), nextStatus, reason),
                "measure_mine.participationChanged");
    }

    public boolean isActing(ParticipantRow row) {
        return actingOn != null && actingOn == row.placementId();
    }

    public Long getSelectedMeasureId() {
        return selectedMeasureId;
    }

    public MyMeasure getSelectedMeasure() {
        return measures.stream()
                .filter(m -> selectedMeasureId != null && m.id() == selectedMeasureId)
                .findFirst()
                .orElse(null);
    }

    public List<MyMeasure> getMeasures() {
        return measures;
    }

    public List<ParticipantRow> getPending() {
        return pending;
    }

    /** All reservations waiting for confirmation, from the entry dates' counts; the list shows the nearest ones. */
    public long getPendingTotal() {
        return measures.stream()
                .flatMap(m -> m.entries().stream())
                .mapToLong(EntryRow::reserved)
                .sum();
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
}
