package de.nahbar.reach.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
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
import jakarta.persistence.Version;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.domain.RuleBroken;

/**
 * An appointment the customer was invited to by letter, and what became of it. The outcome is
 * documentation only: nahbar never derives a benefit consequence from a missed appointment.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

    public static final int PLACE_MAX = 200;
    public static final int PURPOSE_MAX = 1000;
    public static final int BRING_MAX = 1000;
    public static final int NOTE_MAX = 1000;

    @Id
    @SequenceGenerator(name = "appointment_seq", sequenceName = "appointment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private LocalDateTime startsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, updatable = false, length = 16)
    private AppointmentMode mode;

    @Column(name = "place", updatable = false, length = PLACE_MAX)
    private String place;

    @Column(name = "purpose", nullable = false, updatable = false, length = PURPOSE_MAX)
    private String purpose;

    @Column(name = "bring", updatable = false, length = BRING_MAX)
    private String bring;

    @Column(name = "invited_by", nullable = false, updatable = false, length = 64)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 24)
    private AppointmentOutcome outcome;

    @Column(name = "outcome_note", length = NOTE_MAX)
    private String outcomeNote;

    @Column(name = "hearing_offered", nullable = false)
    private boolean hearingOffered;

    @Column(name = "outcome_by", length = 64)
    private String outcomeBy;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @Version
    private long version;

    protected Appointment() {
        // for JPA
    }

    public Appointment(
            Customer customer,
            LocalDateTime startsAt,
            AppointmentMode mode,
            String place,
            String purpose,
            String bring,
            String invitedBy,
            Instant invitedAt) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.place = Guard.optionalText(place, "place", PLACE_MAX);
        if (mode == AppointmentMode.IN_PERSON && this.place == null) {
            throw new RuleBroken("place", "invitations.placeNeeded");
        }
        this.purpose = Guard.text(purpose, "purpose", PURPOSE_MAX);
        this.bring = Guard.optionalText(bring, "bring", BRING_MAX);
        this.invitedBy = Objects.requireNonNull(invitedBy, "invitedBy");
        this.invitedAt = Objects.requireNonNull(invitedAt, "invitedAt");
    }

    /**
     * Records what became of the appointment, once; a personal hearing (Anhörung) can only have
     * been offered for a missed appointment.
     */
    public void recordOutcome(AppointmentOutcome result, String note, boolean hearing, String by, Instant at) {
        if (outcome != null) {
            throw new IllegalStateException("the outcome of appointment " + id + " is already recorded");
        }
        Objects.requireNonNull(result, "outcome");
        if (hearing && !result.missed()) {
            throw new IllegalArgumentException("a hearing is offered only for a missed appointment");
        }
        if (at.isBefore(startsAt.atZone(JobcenterTime.ZONE).toInstant()) && result != AppointmentOutcome.RESCHEDULED) {
            throw new IllegalArgumentException("the appointment has not taken place yet");
        }
        this.outcome = result;
        this.outcomeNote = Guard.optionalText(note, "note", NOTE_MAX);
        this.hearingOffered = hearing;
        this.outcomeBy = Objects.requireNonNull(by, "by");
        this.outcomeAt = at;
    }

    /**
     * How many appointments in a row, counting back from the newest with an outcome, the customer
     * missed; a rescheduled appointment neither counts nor breaks the row.
     */
    public static int consecutiveMissed(List<AppointmentOutcome> newestFirst) {
        int missed = 0;
        for (AppointmentOutcome o : newestFirst) {
            if (o == null || o == AppointmentOutcome.RESCHEDULED) {
                continue;
            }
            if (!o.missed()) {
                break;
            }
            missed++;
        }
        return missed;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public AppointmentMode getMode() {
        return mode;
    }

    public String getPlace() {
        return place;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getBring() {
        return bring;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public AppointmentOutcome getOutcome() {
        return outcome;
    }

    public boolean isHearingOffered() {
        return hearingOffered;
    }

    public long getVersion() {
        return version;
    }
}
