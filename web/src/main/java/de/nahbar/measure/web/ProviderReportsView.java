package de.nahbar.measure.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.measure.domain.ReportHandling;
import de.nahbar.measure.domain.ReportKind;
import de.nahbar.measure.service.ParticipantRow;
import de.nahbar.measure.service.ProviderReportService;
import de.nahbar.measure.service.ReportRow;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.web.ServiceCall;

/**
 * The provider reports on "Meine Maßnahmen": the reports about the participants of the measure
 * shown, and the form that records one (or corrects an earlier one) for a participant.
 */
@Named
@ViewScoped
public class ProviderReportsView implements Serializable {

    @EJB
    private ProviderReportService providerReports;

    @Inject
    private MyMeasuresView myMeasures;

    /** The measure whose reports are loaded, and those reports. */
    private Long loadedFor;

    private List<ReportRow> reports = List.of();

    /** The participant a report is being recorded for, and the report form. */
    private Long reportingOn;

    private ReportKind reportKind;
    private ReportHandling reportHandling = ReportHandling.FOR_INFORMATION;
    private LocalDate reportedOn;
    private String reportText;
    private String reportAssessment;
    private Long correctsId;

    /** The reports about the participants of the measure shown, loaded once per measure. */
    public List<ReportRow> getReports() {
        Long shown = myMeasures.getSelectedMeasureId();
        if (!Objects.equals(shown, loadedFor)) {
            loadedFor = shown;
            reports = shown == null ? List.of() : providerReports.reports(shown);
        }
        return reports;
    }

    public void startReport(ParticipantRow row) {
        reportingOn = row.placementId();
        reportKind = null;
        reportHandling = ReportHandling.FOR_INFORMATION;
        reportedOn = JobcenterTime.today();
        reportText = null;
        reportAssessment = null;
        correctsId = null;
    }

    public void cancelReport() {
        reportingOn = null;
    }

    public void recordReport(ParticipantRow row) {
        String field =
                "participantsForm:participants:" + myMeasures.getParticipants().indexOf(row) + ":";
        boolean recorded = ServiceCall.of(() -> providerReports.recordReport(
                        row.placementId(),
                        reportKind,
                        reportHandling,
                        reportedOn,
                        reportText,
                        reportAssessment,
                        correctsId))
                .done("measure_mine.reportRecorded")
                .field("assessment", field + "reportAssessment")
                .field("reportedOn", field + "reportedOn")
                .run();
        if (recorded) {
            reportingOn = null;
        }
        // a dropout-risk report changes the participation too
        loadedFor = null;
        myMeasures.refresh();
    }

    /** The earlier reports about this participant, which a new report may correct. */
    public List<ReportRow> reportsAbout(ParticipantRow row) {
        return getReports().stream()
                .filter(r -> r.placementId() == row.placementId())
                .toList();
    }

    public boolean isReporting(ParticipantRow row) {
        return reportingOn != null && reportingOn == row.placementId();
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
}
