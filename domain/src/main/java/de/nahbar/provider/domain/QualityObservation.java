package de.nahbar.provider.domain;

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

import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.Placement;
import de.nahbar.measure.domain.Provider;
import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.domain.RuleBroken;

/**
 * What a caseworker or coordinator observed about a provider's care, good or bad, about the
 * provider, one of its measures, or one participation. Append-only: a correction is a new
 * observation that names the one it corrects; both stay, for a deficiency may rest on it.
 */
@Entity
@Table(name = "quality_observation")
public class QualityObservation {

    public static final int TEXT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "quality_observation_seq", sequenceName = "quality_observation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_observation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id", updatable = false)
    private Measure measure;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "placement_id", updatable = false)
    private Placement placement;

    @Enumerated(EnumType.STRING)
    @Column(name = "tone", nullable = false, updatable = false, length = 16)
    private ObservationTone tone;

    @Column(name = "observed_on", nullable = false, updatable = false)
    private LocalDate observedOn;

    @Column(name = "text", nullable = false, updatable = false, length = TEXT_MAX)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrects_id", updatable = false)
    private QualityObservation corrects;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected QualityObservation() {
        // for JPA
    }

    /** About the provider as a whole. */
    public static QualityObservation ofProvider(
            Provider provider, ObservationTone tone, LocalDate observedOn, String text, String by, Instant at) {
        return new QualityObservation(provider, null, null, tone, observedOn, text, null, by, at);
    }

    /** About one of the provider's measures. */
    public static QualityObservation ofMeasure(
            Measure measure, ObservationTone tone, LocalDate observedOn, String text, String by, Instant at) {
        return new QualityObservation(measure.getProvider(), measure, null, tone, observedOn, text, null, by, at);
    }

    /** About one participation in a measure. */
    public static QualityObservation ofParticipation(
            Placement placement, ObservationTone tone, LocalDate observedOn, String text, String by, Instant at) {
        Measure measure = placement.getMeasure();
        return new QualityObservation(measure.getProvider(), measure, placement, tone, observedOn, text, null, by, at);
    }

    private QualityObservation(
            Provider provider,
            Measure measure,
            Placement placement,
            ObservationTone tone,
            LocalDate observedOn,
            String text,
            QualityObservation corrects,
            String by,
            Instant at) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.measure = measure;
        this.placement = placement;
        this.tone = Objects.requireNonNull(tone, "tone");
        this.observedOn = Objects.requireNonNull(observedOn, "observedOn");
        if (observedOn.isAfter(JobcenterTime.today())) {
            throw new RuleBroken("observedOn", "provider.error.observationInFuture");
        }
        this.text = Guard.text(text, "text", TEXT_MAX);
        this.corrects = corrects;
        this.recordedBy = Objects.requireNonNull(by, "by");
        this.recordedAt = Objects.requireNonNull(at, "at");
    }

    /** A correction: a new observation about the same subject that names this one, which stays as it is. */
    public QualityObservation correctedBy(
            ObservationTone newTone, LocalDate newObservedOn, String newText, String by, Instant at) {
        return new QualityObservation(provider, measure, placement, newTone, newObservedOn, newText, this, by, at);
    }

    public Long getId() {
        return id;
    }

    public Provider getProvider() {
        return provider;
    }

    public Measure getMeasure() {
        return measure;
    }

    public Placement getPlacement() {
        return placement;
    }

    public ObservationTone getTone() {
        return tone;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public String getText() {
        return text;
    }

    public QualityObservation getCorrects() {
        return corrects;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
