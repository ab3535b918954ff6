package de.nahbar.measure.domain;

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

/** One step of an FbW referral; append-only. */
@Entity
@Table(name = "fbw_step")
public class FbwStep {

    @Id
    @SequenceGenerator(name = "fbw_step_seq", sequenceName = "fbw_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fbw_step_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id", nullable = false, updatable = false)
    private FbwReferral referral;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false, length = 16)
    private FbwStatus status;

    @Column(name = "step_on", nullable = false, updatable = false)
    private LocalDate stepOn;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    protected FbwStep() {
        // for JPA
    }

    FbwStep(FbwReferral referral, FbwStatus status, LocalDate stepOn, String recordedBy) {
        this.referral = Objects.requireNonNull(referral, "referral");
        this.status = Objects.requireNonNull(status, "status");
        this.stepOn = Objects.requireNonNull(stepOn, "stepOn");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /** The first step: referred on the referral's date. */
    public static FbwStep referred(FbwReferral referral, LocalDate on, String by) {
        return new FbwStep(referral, FbwStatus.REFERRED, on, by);
    }
}
