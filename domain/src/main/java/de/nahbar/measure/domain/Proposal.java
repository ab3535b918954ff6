package de.nahbar.measure.domain;

import java.time.Instant;
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
 * A conversation in which the caseworker offered a measure, and how it ended (Vorschlag). Each
 * conversation is its own record: "not yet" today and consent in a month are two proposals.
 * Consent is informed or it is not consent: content, provider and whether participation is
 * voluntary must all have been explained. Nothing goes further without it.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    public static final int NOTE_MAX = 2000;
    public static final int GOAL_MAX = 1000;

    @Id
    @SequenceGenerator(name = "proposal_seq", sequenceName = "proposal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false, updatable = false)
    private Measure measure;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 16)
    private ProposalOutcome outcome;

    @Column(name = "conversation_on", nullable = false, updatable = false)
    private LocalDate conversationOn;

    @Column(name = "informed_content", nullable = false, updatable = false)
    private boolean informedContent;

    @Column(name = "informed_provider", nullable = false, updatable = false)
    private boolean informedProvider;

    @Column(name = "informed_voluntary", nullable = false, updatable = false)
    private boolean informedVoluntary;

    /** The goal of the cooperation plan the measure is meant to serve, as it stood then. */
    @Column(name = "plan_goal", updatable = false, length = GOAL_MAX)
    private String planGoal;

    @Column(name = "note", updatable = false, length = NOTE_MAX)
    private String note;

    /** For "not yet": when to talk about it again (lands on Mein Tag as a follow-up). */
    @Column(name = "follow_up_on", updatable = false)
    private LocalDate followUpOn;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawn_by", length = 64)
    private String withdrawnBy;

    @Version
    private long version;

    protected Proposal() {
        // for JPA
    }

    /** The outcome of one conversation; the informed flags matter only for consent. */
    public Proposal(
            Customer customer,
            Measure measure,
            ProposalOutcome outcome,
            LocalDate conversationOn,
            Informed informed,
            String planGoal,
            String note,
            LocalDate followUpOn,
            String createdBy,
            Instant createdAt) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.measure = Objects.requireNonNull(measure, "measure");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.conversationOn = Objects.requireNonNull(conversationOn, "conversationOn");
        if (conversationOn.isAfter(JobcenterTime.today())) {
            throw new RuleBroken("conversationOn", "validation.notInFuture");
        }
        Objects.requireNonNull(informed, "informed");
        if (outcome == ProposalOutcome.CONSENT && !informed.complete()) {
            throw new RuleBroken("informed", "case_measures.informedRequired");
        }
        if (followUpOn != null && (outcome != ProposalOutcome.NOT_YET || followUpOn.isBefore(conversationOn))) {
            throw new RuleBroken("followUpOn", "case_measures.followUpOnlyNotYet");
        }
        this.informedContent = informed.content();
        this.informedProvider = informed.provider();
        this.informedVoluntary = informed.voluntary();
        this.planGoal = Guard.optionalText(planGoal, "planGoal", GOAL_MAX);
        this.note = Guard.optionalText(note, "note", NOTE_MAX);
        this.followUpOn = followUpOn;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** What the customer was told before consenting: a checkbox each. */
    public record Informed(boolean content, boolean provider, boolean voluntary) {

        public static final Informed NOTHING = new Informed(false, false, false);

        public boolean complete() {
            return content && provider && voluntary;
        }
    }

    /** Consent that stands: given and not withdrawn. */
    public boolean hasConsent() {
        return outcome == ProposalOutcome.CONSENT && withdrawnOn == null;
    }

    /** The customer withdrew consent; the service ends what depends on it. */
    public void withdrawConsent(LocalDate on, String by) {
        if (!hasConsent()) {
            throw new IllegalStateException("no standing consent to withdraw in proposal " + id);
        }
        this.withdrawnOn = Objects.requireNonNull(on, "on");
        this.withdrawnBy = Objects.requireNonNull(by, "by");
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Measure getMeasure() {
        return measure;
    }

    public ProposalOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getConversationOn() {
        return conversationOn;
    }

    public Informed getInformed() {
        return new Informed(informedContent, informedProvider, informedVoluntary);
    }

    public String getPlanGoal() {
        return planGoal;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public long getVersion() {
        return version;
    }
}
