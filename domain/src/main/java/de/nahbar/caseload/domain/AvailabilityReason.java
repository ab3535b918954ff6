package de.nahbar.caseload.domain;

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
import jakarta.persistence.Version;

import de.nahbar.shared.domain.Guard;

/** A good reason why the customer is not available for work, for a period that may be open-ended. */
@Entity
@Table(name = "availability_reason")
public class AvailabilityReason {

    public static final int NOTE_MAX = 500;

    @Id
    @SequenceGenerator(name = "availability_reason_seq", sequenceName = "availability_reason_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "availability_reason_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private AvailabilityReasonKind kind;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected AvailabilityReason() {
        // for JPA
    }

    public AvailabilityReason(
            Customer customer, AvailabilityReasonKind kind, String note, LocalDate validFrom, LocalDate validTo) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.note = Guard.optionalText(note, "note", NOTE_MAX);
        Guard.ordered(validFrom, validTo, "availability reason");
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Ends the reason on the given day (the day still counts). */
    public void endOn(LocalDate day) {
        Guard.ordered(validFrom, day, "availability reason");
        this.validTo = day;
    }

    public boolean isCurrentOn(LocalDate day) {
        return isCurrent(validFrom, validTo, day);
    }

    /** The rule of {@link #isCurrentOn}, for lists that read the columns without the entity. */
    public static boolean isCurrent(LocalDate validFrom, LocalDate validTo, LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public AvailabilityReasonKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
