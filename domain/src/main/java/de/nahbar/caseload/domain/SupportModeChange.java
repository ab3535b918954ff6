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

import de.nahbar.shared.domain.Guard;

/** One change of the support mode, with its date and a short reason. History, never edited. */
@Entity
@Table(name = "support_mode_change")
public class SupportModeChange {

    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "support_mode_change_seq", sequenceName = "support_mode_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_mode_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, updatable = false, length = 16)
    private SupportMode mode;

    @Column(name = "changed_on", nullable = false, updatable = false)
    private LocalDate changedOn;

    @Column(name = "reason", nullable = false, updatable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 64)
    private String changedBy;

    protected SupportModeChange() {
        // for JPA
    }

    SupportModeChange(Customer customer, SupportMode mode, LocalDate changedOn, String reason, String changedBy) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.changedOn = Objects.requireNonNull(changedOn, "changedOn");
        this.reason = Guard.text(reason, "reason", REASON_MAX);
        this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
    }

    public Long getId() {
        return id;
    }

    public SupportMode getMode() {
        return mode;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
