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
import de.nahbar.measure.domain.ReportHandling;
import de.nahbar.measure.domain.ReportKind;
import de.nahbar.measure.service.Addressee;
import de.nahbar.measure.service.CoordinationService;
import de.nahbar.measure.service.EntryRow;
import de.nahbar.measure.service.FillRequestRow;
import de.nahbar.measure.service.MyMeasure;
import de.nahbar.measure.service.ParticipantRow;
import de.nahbar.measure.service.ReportRow;
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

    private List<ReportRow> reports = List.of();
    /** The participant a report is being recorded for, and the report form. */
    private Long reportingOn;

    private ReportKind reportKind;
    private ReportHandling reportHandling = ReportHandling.FOR_INFORMATION;
    private LocalDate reportedOn;
    private String reportText;
    private String reportAssessment;
    private Long correctsId;

    private List<FillRequestRow> fillRequests;
    private List<Addressee> teams;
    private List<Addressee> caseworkers;
    private Long fillEntryId;
    private Long fillTeamId;
    private Long fillCaseworkerId;
    private String fillMessage;

    @PostConstruct
    void init() {
        teams = coordination.teams();
        caseworkers = coordination.caseworkers();
        refresh();
    }

    private void refresh() {
        measures = coordination.myMeasures();
        pending = coordination.pendingReservations();
        fillRequests = coordination.fillRequests();
        participants = selectedMeasureId == null ? List.of() : coordination.participants(selectedMeasureId);
        reports = selectedMeasureId == null ? List.of() : coordination.reports(selectedMeasureId);
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
        reports = coordination.reports(measureId);
    }

    public void startReport(ParticipantRow row) {
        reportingOn = row.placementId();
        reportKind = null;
        reportHandling = ReportHandling.FOR_INFORMATION;
        reportedOn = de.nahbar.shared.domain.JobcenterTime.today();
        reportText = null;
        reportAssessment = null;
        correctsId = null;
    }

    public void cancelReport() {
        reportingOn = null;
    }

    public void recordReport(ParticipantRow row) {
        if (reportAssessment != null && !reportAssessment.isBlank() && reportKind != ReportKind.PROGRESS) {
            FacesMessages.error(
                    "participantsForm:participants:" + participants.indexOf(row) + ":reportAssessment",
                    "measure_mine.assessmentOnlyProgress");
            return;
        }
        if (reportedOn.isAfter(de.nahbar.shared.domain.JobcenterTime.today())) {
            FacesMessages.error(
                    "participantsForm:participants:" + participants.indexOf(row) + ":reportedOn",
                    "validation.notInFuture");
            return;
        }
        attempt(
                () -> coordination.recordReport(
                        row.placementId(),
                        reportKind,
                        reportHandling,
                        reportedOn,
                        reportText,
                        reportAssessment,
                        correctsId),
                "measure_mine.reportRecorded");
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            reportingOn = null;
        }
    }

    /** The earlier reports about this participant, which a new report may correct. */
    public List<ReportRow> reportsAbout(ParticipantRow row) {
        return reports.stream()
                .filter(r -> r.placementId() == row.placementId())
                .toList();
    }

    public boolean isReporting(ParticipantRow row) {
        return reportingOn != null && reportingOn == row.placementId();
    }

    public void requestCandidates() {
        if ((fillTeamId == null) == (fillCaseworkerId == null)) {
            FacesMessages.error("fillForm:fillTeam", "measure_mine.teamOrColleague");
            return;
        }
        attempt(
                () -> coordination.requestCandidates(fillEntryId, fillTeamId, fillCaseworkerId, fillMessage),
                "measure_mine.fillRequested");
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            fillEntryId = null;
            fillTeamId = null;
            fillCaseworkerId = null;
            fillMessage = null;
        }
    }

    public void closeFillRequest(long id) {
        attempt(() -> coordination.closeFillRequest(id), "measure_mine.fillClosed");
    }

    /** Entry dates from today on of all own measures, for a fill request. */
    public List<EntryChoice> getFillEntries() {
        LocalDate today = de.nahbar.shared.domain.JobcenterTime.today();
        return measures.stream()
                .flatMap(m -> m.entries().stream()
                        .filter(e -> !e.entryOn().isBefore(today)
                                || m.entryMode() == de.nahbar.measure.domain.EntryMode.ROLLING)
                        .map(e -> new EntryChoice(
                                e.id(),
                                m.title() + " · " + formats.date(e.entryOn()) + " · " + e.free() + " "
                                        + de.nahbar.shared.web.Messages.get("measure.free"))))
                .toList();
    }

    /** An entry date to choose: its id and how the menu names it. */
    public record EntryChoice(long id, String label) implements Serializable {}

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
        if (nextStatus == null) {
            FacesMessages.error(
                    "participantsForm:participants:" + participants.indexOf(row) + ":nextStatus",
                    "validation.required");
            return;
        }
        if (nextStatus.needsReason() && (reason == null || reason.isBlank())) {
            FacesMessages.error(
                    "participantsForm:participants:" + participants.indexOf(row) + ":reason",
                    "measure_mine.reasonNeeded");
            return;
        }
        attempt(
                () -> coordination.changeParticipation(row.placementId(), row.version(), nextStatus, reason),
                "measure_mine.participationChanged");
    }

    public void addEntryDate() {
        MyMeasure measure = measures.stream()
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
        attempt(
                () -> coordination.addEntryDate(newEntryMeasureId, newEntryOn, newEntryPlaces),
                "measure_mine.entryAdded");
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            newEntryOn = null;
            newEntryPlaces = null;
        }
    }

    /** Per measure: the working days reservations are held, as the form shows them. */
    private final java.util.Map<Long, Integer> holdDays = new java.util.HashMap<>();

    public java.util.Map<Long, Integer> getHoldDays() {
        if (holdDays.isEmpty()) {
            measures.forEach(m -> holdDays.put(m.id(), m.holdWorkingDays()));
        }
        return holdDays;
    }

    public void changeHoldDays(MyMeasure measure) {
        Integer days = holdDays.get(measure.id());
        attempt(() -> coordination.changeHoldWorkingDays(measure.id(), days), "measure_mine.holdDaysChanged");
    }

    public void startPlaces(EntryRow entry) {
        placesEntryId = entry.id();
        places = entry.places();
        allowance = entry.allowance();
    }

    public void changePlaces(EntryRow entry) {
        attempt(
                () -> coordination.changePlaces(entry.id(), entry.version(), places, allowance),
                "measure_mine.placesChanged");
        placesEntryId = null;
    }

    public List<ReportRow> getReports() {
        return reports;
    }

    public ReportKind getReportKind() {
        return reportKind;
    }

    public void setReportKind(ReportKind reportKind) {
        this.reportKind = reportKind;
    }

    public ReportHandling getReportHandling() {
        return reportHandling;
    }

    public void setReportHandling(ReportHandling reportHandling) {
        this.reportHandling = reportHandling;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public void setReportedOn(LocalDate reportedOn) {
        this.reportedOn = reportedOn;
    }

    public String getReportText() {
        return reportText;
    }

    public void setReportText(String reportText) {
        this.reportText = reportText;
    }

    public String getReportAssessment() {
        return reportAssessment;
    }

    public void setReportAssessment(String reportAssessment) {
        this.reportAssessment = reportAssessment;
    }

    public Long getCorrectsId() {
        return correctsId;
    }

    public void setCorrectsId(Long correctsId) {
        this.correctsId = correctsId;
    }

    public List<FillRequestRow> getFillRequests() {
        return fillRequests;
    }

    public List<Addressee> getTeams() {
        return teams;
    }

    public List<Addressee> getCaseworkers() {
        return caseworkers;
    }

    public Long getFillEntryId() {
        return fillEntryId;
    }

    public void setFillEntryId(Long fillEntryId) {
        this.fillEntryId = fillEntryId;
    }

    public Long getFillTeamId() {
        return fillTeamId;
    }

    public void setFillTeamId(Long fillTeamId) {
        this.fillTeamId = fillTeamId;
    }

    public Long getFillCaseworkerId() {
        return fillCaseworkerId;
    }

    public void setFillCaseworkerId(Long fillCaseworkerId) {
        this.fillCaseworkerId = fillCaseworkerId;
    }

    public String getFillMessage() {
        return fillMessage;
    }

    public void setFillMessage(String fillMessage) {
        this.fillMessage = fillMessage;
    }

    public boolean isActing(ParticipantRow row) {
        return actingOn != null && actingOn == row.placementId();
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
