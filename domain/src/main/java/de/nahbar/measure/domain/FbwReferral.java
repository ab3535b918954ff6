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
import jakarta.persistence.Version;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.domain.RuleBroken;

/**
 * A referral to further vocational training (FbW, Bildungsgutschein). The Jobcenter does not buy
 * these places; it records the referral to the Agentur, follows its status and stays in touch
 * during the course. Each step is also kept as an {@link FbwStep}.
 */
@Entity
@Table(name = "fbw_referral")
public class FbwReferral {

    public static final int GOAL_MAX = 300;
    public static final int COURSE_MAX = 200;

    @Id
    @SequenceGenerator(name = "fbw_referral_seq", sequenceName = "fbw_referral_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fbw_referral_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "goal", nullable = false, length = GOAL_MAX)
    private String goal;

    @Column(name = "course", length = COURSE_MAX)
    private String course;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private FbwStatus status = FbwStatus.REFERRED;

    @Column(name = "referred_on", nullable = false, updatable = false)
    private LocalDate referredOn;

    @Column(name = "course_starts_on")
    private LocalDate courseStartsOn;

    @Column(name = "course_ends_on")
    private LocalDate courseEndsOn;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Version
    private long version;

    protected FbwReferral() {
        // for JPA
    }

    public FbwReferral(Customer customer, String goal, LocalDate referredOn, String createdBy) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.goal = Guard.text(goal, "goal", GOAL_MAX);
        this.referredOn = Objects.requireNonNull(referredOn, "referredOn");
        if (referredOn.isAfter(JobcenterTime.today())) {
            throw new RuleBroken("referredOn", "validation.notInFuture");
        }
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    }

    /** The next step as the Agentur reports it; a started course needs its dates, an end its end date. */
    public FbwStep advance(
            FbwStatus next, LocalDate on, String newCourse, LocalDate startsOn, LocalDate endsOn, String by) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(on, "on");
        if (!status.next().contains(next)) {
            throw new IllegalStateException("referral " + id + " cannot go from " + status + " to " + next);
        }
        if (on.isBefore(referredOn) || on.isAfter(JobcenterTime.today())) {
            throw new IllegalArgumentException("step dated before the referral or in the future");
        }
        if (next == FbwStatus.STARTED) {
            Objects.requireNonNull(startsOn, "course start");
            Guard.ordered(startsOn, endsOn, "course");
            this.courseStartsOn = startsOn;
            this.courseEndsOn = endsOn;
        }
        String courseName = Guard.optionalText(newCourse, "course", COURSE_MAX);
        if (courseName != null) {
            this.course = courseName;
        }
        this.status = next;
        return new FbwStep(this, next, on, by);
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public FbwStatus getStatus() {
        return status;
    }

    public String getGoal() {
        return goal;
    }

    public long getVersion() {
        return version;
    }
}
