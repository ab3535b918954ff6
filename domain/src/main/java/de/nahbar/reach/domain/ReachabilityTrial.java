package de.nahbar.reach.domain;

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
import jakarta.persistence.Version;

import de.nahbar.shared.domain.Guard;
import de.nahbar.staff.domain.StaffMember;

/**
 * A caseworker's reachability trial: for a while (six months unless they choose otherwise) their
 * invitations carry direct dial and e-mail, and they watch what that does to their calls. The
 * figures are theirs; whether they share them, anonymously, is theirs to decide too.
 */
@Entity
@Table(name = "reachability_trial")
public class ReachabilityTrial {

    public static final int DEFAULT_MONTHS = 6;
    public static final int MAX_MONTHS = 24;
    public static final int REFLECTION_MAX = 4000;

    @Id
    @SequenceGenerator(name = "reachability_trial_seq", sequenceName = "reachability_trial_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reachability_trial_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_member_id", nullable = false, updatable = false)
    private StaffMember caseworker;

    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;

    @Column(name = "planned_end_on", nullable = false)
    private LocalDate plannedEndOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "reflection", length = REFLECTION_MAX)
    private String reflection;

    @Column(name = "share_figures", nullable = false)
    private boolean shareFigures;

    @Version
    private long version;

    protected ReachabilityTrial() {
        // for JPA
    }

    public ReachabilityTrial(StaffMember caseworker, LocalDate startedOn, int months) {
        this.caseworker = Objects.requireNonNull(caseworker, "caseworker");
        this.startedOn = Objects.requireNonNull(startedOn, "startedOn");
        this.plannedEndOn = startedOn.plusMonths(requireMonths(months));
    }

    private static int requireMonths(int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("a trial runs 1 to " + MAX_MONTHS + " months, not " + months);
        }
        return months;
    }

    /** Running from its first day until it is ended or its planned end has passed. */
    public boolean isRunningOn(LocalDate day) {
        return !day.isBefore(startedOn) && endedOn == null && !day.isAfter(plannedEndOn);
    }

    /** The last day counted in the figures: the end, the planned end, or today. */
    public LocalDate lastDayOn(LocalDate today) {
        LocalDate last = endedOn != null ? endedOn : plannedEndOn;
        return last.isBefore(today) ? last : today;
    }

    public void extendTo(LocalDate newEnd, LocalDate today) {
        if (endedOn != null) {
            throw new IllegalStateException("an ended trial is not extended; start a new one");
        }
        if (!newEnd.isAfter(plannedEndOn) && !newEnd.isAfter(today)
                || newEnd.isAfter(startedOn.plusMonths(MAX_MONTHS))) {
            throw new IllegalArgumentException("the new end must lie after the planned end or today, within "
                    + MAX_MONTHS + " months of the start");
        }
        this.plannedEndOn = newEnd;
    }

    public void end(LocalDate on, String closingReflection) {
        if (endedOn != null) {
            throw new IllegalStateException("the trial has already ended");
        }
        this.endedOn = on.isBefore(startedOn) ? startedOn : on;
        this.reflection = Guard.optionalText(closingReflection, "reflection", REFLECTION_MAX);
    }

    /** The reflection can be written, or rewritten, after the end as well: it is the caseworker's own note. */
    public void reflect(String text) {
        this.reflection = Guard.optionalText(text, "reflection", REFLECTION_MAX);
    }

    public void share(boolean share) {
        this.shareFigures = share;
    }

    public Long getId() {
        return id;
    }

    public StaffMember getCaseworker() {
        return caseworker;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getPlannedEndOn() {
        return plannedEndOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getReflection() {
        return reflection;
    }

    public boolean isShareFigures() {
        return shareFigures;
    }

    public long getVersion() {
        return version;
    }
}
