package de.nahbar.caseload.domain;

import java.time.Instant;
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

/**
 * One version of the cooperation plan (Kooperationsplan, §15 SGB II): the agreed goal and the
 * next steps of both sides. A change is a new version; earlier versions stay readable.
 */
@Entity
@Table(name = "cooperation_plan")
public class CooperationPlan {

    public static final int GOAL_MAX = 1000;
    public static final int STEPS_MAX = 2000;

    @Id
    @SequenceGenerator(name = "cooperation_plan_seq", sequenceName = "cooperation_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cooperation_plan_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "goal", nullable = false, updatable = false, length = GOAL_MAX)
    private String goal;

    @Column(name = "customer_steps", nullable = false, updatable = false, length = STEPS_MAX)
    private String customerSteps;

    @Column(name = "jobcenter_steps", nullable = false, updatable = false, length = STEPS_MAX)
    private String jobcenterSteps;

    @Column(name = "agreed_on", nullable = false, updatable = false)
    private LocalDate agreedOn;

    @Column(name = "review_on", nullable = false, updatable = false)
    private LocalDate reviewOn;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CooperationPlan() {
        // for JPA
    }

    /**
     * @param previous the current version, or null for the first plan
     */
    public CooperationPlan(
            Customer customer,
            CooperationPlan previous,
            String goal,
            String customerSteps,
            String jobcenterSteps,
            LocalDate agreedOn,
            LocalDate reviewOn,
            String createdBy,
            Instant createdAt) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.versionNo = previous == null ? 1 : previous.versionNo + 1;
        this.goal = Guard.text(goal, "goal", GOAL_MAX);
        this.customerSteps = Guard.text(customerSteps, "customerSteps", STEPS_MAX);
        this.jobcenterSteps = Guard.text(jobcenterSteps, "jobcenterSteps", STEPS_MAX);
        Guard.ordered(agreedOn, reviewOn, "cooperation plan");
        this.agreedOn = agreedOn;
        this.reviewOn = Objects.requireNonNull(reviewOn, "reviewOn");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getGoal() {
        return goal;
    }

    public String getCustomerSteps() {
        return customerSteps;
    }

    public String getJobcenterSteps() {
        return jobcenterSteps;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
