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
import jakarta.persistence.Version;

import de.nahbar.shared.domain.Guard;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;

/**
 * A coordinator asks a colleague or a whole team for candidates for an entry date
 * (Besetzungsanfrage). It shows on their Mein Tag until they answer or the coordinator closes it.
 */
@Entity
@Table(name = "fill_request")
public class FillRequest {

    public static final int MESSAGE_MAX = 500;

    @Id
    @SequenceGenerator(name = "fill_request_seq", sequenceName = "fill_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fill_request_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_date_id", nullable = false, updatable = false)
    private EntryDate entryDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id", updatable = false)
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "colleague_id", updatable = false)
    private StaffMember colleague;

    @Column(name = "message", length = MESSAGE_MAX, updatable = false)
    private String message;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
    private String requestedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected FillRequest() {
        // for JPA
    }

    /** To a whole team or to one colleague, never both. */
    public FillRequest(
            EntryDate entryDate,
            Team team,
            StaffMember colleague,
            String message,
            String requestedBy,
            Instant createdAt) {
        this.entryDate = Objects.requireNonNull(entryDate, "entryDate");
        if ((team == null) == (colleague == null)) {
            throw new IllegalArgumentException("a fill request goes to a team or to a colleague");
        }
        if (!entryDate.getMeasure().acceptsReservations()) {
            throw new IllegalStateException("measure has ended");
        }
        this.team = team;
        this.colleague = colleague;
        this.message = Guard.optionalText(message, "message", MESSAGE_MAX);
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void close(Instant at) {
        if (closedAt == null) {
            closedAt = Objects.requireNonNull(at, "at");
        }
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public Long getId() {
        return id;
    }

    public EntryDate getEntryDate() {
        return entryDate;
    }

    public String getRequestedBy() {
        return requestedBy;
    }
}
