package de.nahbar.measure.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.RuleBroken;

/**
 * The caseworker's short quality feedback after a participation: what served the customer and
 * what did not. The measure's page shows it without naming the customer.
 */
@Entity
@Table(name = "participation_feedback")
public class ParticipationFeedback {

    public static final int TEXT_MAX = 1000;

    @Id
    @SequenceGenerator(
            name = "participation_feedback_seq",
            sequenceName = "participation_feedback_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participation_feedback_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id", nullable = false, updatable = false)
    private Placement placement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false, updatable = false)
    private Measure measure;

    @Column(name = "served", updatable = false, length = TEXT_MAX)
    private String served;

    @Column(name = "did_not_serve", updatable = false, length = TEXT_MAX)
    private String didNotServe;

    @Column(name = "written_by", nullable = false, updatable = false, length = 64)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected ParticipationFeedback() {
        // for JPA
    }

    /** Only once the participation has ended (completed or dropped out), and with something to say. */
    public ParticipationFeedback(
            Placement placement, String served, String didNotServe, String writtenBy, Instant writtenAt) {
        this.placement = Objects.requireNonNull(placement, "placement");
        PlacementStatus status = placement.getStatus();
        if (status != PlacementStatus.COMPLETED && status != PlacementStatus.DROPPED_OUT) {
            throw new IllegalStateException("feedback belongs to an ended participation");
        }
        this.measure = placement.getMeasure();
        this.served = Guard.optionalText(served, "served", TEXT_MAX);
        this.didNotServe = Guard.optionalText(didNotServe, "didNotServe", TEXT_MAX);
        if (this.served == null && this.didNotServe == null) {
            throw new RuleBroken("served", "case_measures.feedbackEmpty");
        }
        this.writtenBy = Objects.requireNonNull(writtenBy, "writtenBy");
        this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt");
    }

    public Long getId() {
        return id;
    }

    public String getServed() {
        return served;
    }

    public String getDidNotServe() {
        return didNotServe;
    }
}
