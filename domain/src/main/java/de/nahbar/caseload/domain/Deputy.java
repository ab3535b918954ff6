package de.nahbar.caseload.domain;

import java.time.LocalDate;
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
import de.nahbar.staff.domain.StaffMember;

/**
 * A deputy arrangement (Vertretung): during the period, the deputy works the absent
 * caseworker's caseload. Access ends with the period's last day without anyone acting.
 */
@Entity
@Table(name = "deputy")
public class Deputy {

    public static final int MAX_DAYS = 366;

    @Id
    @SequenceGenerator(name = "deputy_seq", sequenceName = "deputy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deputy_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "absent_id", nullable = false, updatable = false)
    private StaffMember absent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deputy_id", nullable = false, updatable = false)
    private StaffMember deputy;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    private LocalDate toDate;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    protected Deputy() {
        // for JPA
    }

    public Deputy(StaffMember absent, StaffMember deputy, LocalDate fromDate, LocalDate toDate, String createdBy) {
        this.absent = Objects.requireNonNull(absent, "absent");
        this.deputy = Objects.requireNonNull(deputy, "deputy");
        if (absent.getId() != null && absent.getId().equals(deputy.getId())) {
            throw new IllegalArgumentException("nobody deputises for themselves");
        }
        Objects.requireNonNull(toDate, "toDate");
        Guard.ordered(fromDate, toDate, "deputy");
        if (fromDate.plusDays(MAX_DAYS).isBefore(toDate)) {
            throw new IllegalArgumentException("deputy period longer than " + MAX_DAYS + " days");
        }
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    }

    /**
     * Ends the period before {@code day} (one of the two has left). Returns false when it would
     * only have begun on or after that day: then it never takes effect and goes.
     */
    public boolean endBefore(LocalDate day) {
        if (!fromDate.isBefore(day)) {
            return false;
        }
        if (!toDate.isBefore(day)) {
            toDate = day.minusDays(1);
        }
        return true;
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(fromDate) && !day.isAfter(toDate);
    }

    public Long getId() {
        return id;
    }

    public StaffMember getAbsent() {
        return absent;
    }

    public StaffMember getDeputy() {
        return deputy;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
