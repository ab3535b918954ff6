package de.nahbar.measure.domain;

import java.time.Instant;
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

/** One step in a placement's history; append-only, nothing of it ever changes. */
@Entity
@Table(name = "placement_event")
public class PlacementEvent {

    @Id
    @SequenceGenerator(name = "placement_event_seq", sequenceName = "placement_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id", nullable = false, updatable = false)
    private Placement placement;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false, length = 16)
    private PlacementStatus status;

    @Column(name = "reason", updatable = false, length = Placement.REASON_MAX)
    private String reason;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected PlacementEvent() {
        // for JPA
    }

    PlacementEvent(Placement placement, PlacementStatus status, String reason, String changedBy, Instant changedAt) {
        this.placement = Objects.requireNonNull(placement, "placement");
        this.status = Objects.requireNonNull(status, "status");
        this.reason = reason;
        this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    }

    /** The first entry of a new placement: reserved or queued. */
    public static PlacementEvent opened(Placement placement, String by, Instant at) {
        return new PlacementEvent(placement, placement.getStatus(), null, by, at);
    }

    public Long getId() {
        return id;
    }

    public PlacementStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
