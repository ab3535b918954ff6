package de.nahbar.measure.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.domain.RuleBroken;

/**
 * A provider's report about a participant, as the coordinator records it. Append-only: nothing
 * of it changes; a correction is a new report that refers to the one it corrects, and both stay.
 */
@Entity
@Table(name = "provider_report")
public class ProviderReport {

    public static final int TEXT_MAX = 2000;
    public static final int ASSESSMENT_MAX = 1000;

    @Id
    @SequenceGenerator(name = "provider_report_seq", sequenceName = "provider_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_report_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id", nullable = false, updatable = false)
    private Placement placement;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private ReportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling", nullable = false, updatable = false, length = 16)
    private ReportHandling handling;

    @Column(name = "reported_on", nullable = false, updatable = false)
    private LocalDate reportedOn;

    @Column(name = "text", nullable = false, updatable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "assessment", updatable = false, length = ASSESSMENT_MAX)
    private String assessment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrects_id", updatable = false)
    private ProviderReport corrects;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ProviderReport() {
        // for JPA
    }

    public ProviderReport(
            Placement placement,
            ReportKind kind,
            ReportHandling handling,
            LocalDate reportedOn,
            String text,
            String assessment,
            String recordedBy,
            Instant recordedAt) {
        this(placement, kind, handling, reportedOn, text, assessment, null, recordedBy, recordedAt);
    }

    private ProviderReport(
            Placement placement,
            ReportKind kind,
            ReportHandling handling,
            LocalDate reportedOn,
            String text,
            String assessment,
            ProviderReport corrects,
            String recordedBy,
            Instant recordedAt) {
        this.placement = Objects.requireNonNull(placement, "placement");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.handling = Objects.requireNonNull(handling, "handling");
        this.reportedOn = Objects.requireNonNull(reportedOn, "reportedOn");
        if (reportedOn.isAfter(JobcenterTime.today())) {
            throw new RuleBroken("reportedOn", "validation.notInFuture");
        }
        this.text = Guard.text(text, "text", TEXT_MAX);
        this.assessment = Guard.optionalText(assessment, "assessment", ASSESSMENT_MAX);
        if (this.assessment != null && kind != ReportKind.PROGRESS) {
            throw new RuleBroken("assessment", "measure_mine.assessmentOnlyProgress");
        }
        this.corrects = corrects;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** A correction: a new report about the same participant that refers to this one, which stays as it is. */
    public ProviderReport correctedBy(
            ReportKind newKind,
            ReportHandling newHandling,
            LocalDate newReportedOn,
            String newText,
            String newAssessment,
            String by,
            Instant at) {
        return new ProviderReport(placement, newKind, newHandling, newReportedOn, newText, newAssessment, this, by, at);
    }

    /** Whether the caseworker must hear of it at once: a dropout risk, or a decision to take. */
    public boolean alertsCaseworker() {
        return kind == ReportKind.DROPOUT_RISK || handling == ReportHandling.NEEDS_DECISION;
    }

    public Long getId() {
        return id;
    }

    public Placement getPlacement() {
        return placement;
    }

    public ReportKind getKind() {
        return kind;
    }

    public ReportHandling getHandling() {
        return handling;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public String getText() {
        return text;
    }

    public String getAssessment() {
        return assessment;
    }

    public ProviderReport getCorrects() {
        return corrects;
    }
}
