package de.nahbar.provider.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.Placement;
import de.nahbar.measure.domain.Provider;
import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.domain.RuleBroken;

/**
 * A deficiency (Mangel) in a provider's care, established from observations so that it holds
 * (§183 SGB III): category, description, the affected measures and participations, a deadline
 * for remedy, status and escalation. Every step is an append-only {@link DeficiencyEntry} that
 * the methods here create; the deficiency itself keeps only where it stands now.
 */
@Entity
@Table(name = "deficiency")
public class Deficiency {

    public static final int DESCRIPTION_MAX = 4000;

    @Id
    @SequenceGenerator(name = "deficiency_seq", sequenceName = "deficiency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deficiency_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, updatable = false, length = 32)
    private DeficiencyCategory category;

    @Column(name = "description", nullable = false, updatable = false, length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DeficiencyStatus status;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation", length = 16)
    private EscalationStep escalation;

    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    @Column(name = "owner", nullable = false, updatable = false, length = 64)
    private String owner;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "deficiency_measure",
            joinColumns = @JoinColumn(name = "deficiency_id"),
            inverseJoinColumns = @JoinColumn(name = "measure_id"))
    private Set<Measure> measures = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "deficiency_placement",
            joinColumns = @JoinColumn(name = "deficiency_id"),
            inverseJoinColumns = @JoinColumn(name = "placement_id"))
    private Set<Placement> placements = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "deficiency_observation",
            joinColumns = @JoinColumn(name = "deficiency_id"),
            inverseJoinColumns = @JoinColumn(name = "observation_id"))
    private Set<QualityObservation> observations = new HashSet<>();

    @Version
    private long version;

    protected Deficiency() {
        // for JPA
    }

    /** A newly opened deficiency with the entry that records its opening. */
    public record Opened(Deficiency deficiency, DeficiencyEntry entry) {}

    /** What is established when a deficiency is opened. */
    public record Finding(DeficiencyCategory category, String description, LocalDate deadline) {}

    /**
     * Opens a deficiency about measures of one provider, resting on observations of that provider;
     * the participations named by those observations are affected with it.
     */
    public static Opened open(
            Provider provider,
            Finding finding,
            Collection<Measure> affected,
            Collection<QualityObservation> basedOn,
            String by,
            Instant at) {
        Deficiency d = new Deficiency();
        d.provider = Objects.requireNonNull(provider, "provider");
        d.category = Objects.requireNonNull(finding.category(), "category");
        d.description = Guard.text(finding.description(), "description", DESCRIPTION_MAX);
        d.deadline = ahead(finding.deadline());
        d.status = DeficiencyStatus.OPEN;
        d.owner = Objects.requireNonNull(by, "by");
        d.openedAt = Objects.requireNonNull(at, "at");
        if (affected.isEmpty()) {
            throw new RuleBroken("affectedMeasures", "deficiency.error.noMeasure");
        }
        for (Measure measure : affected) {
            if (!Provider.same(measure.getProvider(), provider)) {
                throw new IllegalArgumentException("measure of another provider");
            }
            d.measures.add(measure);
        }
        for (QualityObservation observation : basedOn) {
            if (!Provider.same(observation.getProvider(), provider)) {
                throw new IllegalArgumentException("observation about another provider");
            }
            d.observations.add(observation);
            if (observation.getPlacement() != null) {
                d.placements.add(observation.getPlacement());
            }
        }
        return new Opened(
                d,
                d.entry(
                        DeficiencyEntryKind.OPENED,
                        finding.description(),
                        new DeficiencyEntry.Details(DeficiencyStatus.OPEN, null, null, d.deadline, null, null),
                        by,
                        at));
    }

    private static LocalDate ahead(LocalDate deadline) {
        Objects.requireNonNull(deadline, "deadline");
        if (!deadline.isAfter(JobcenterTime.today())) {
            throw new RuleBroken("deadline", "deficiency.error.deadlinePast");
        }
        return deadline;
    }

    /** Evidence: a dated, attributed text, perhaps with a checked file. */
    public DeficiencyEntry evidence(String text, EvidenceUpload file, String by, Instant at) {
        return entry(
                DeficiencyEntryKind.EVIDENCE,
                text,
                new DeficiencyEntry.Details(null, null, null, null, null, file),
                by,
                at);
    }

    /** A correction of an earlier entry of this deficiency: new evidence that names it; the earlier one stays. */
    public DeficiencyEntry correction(DeficiencyEntry corrected, String text, String by, Instant at) {
        if (corrected.getDeficiency() != this
                && (id == null || !id.equals(corrected.getDeficiency().getId()))) {
            throw new IllegalArgumentException("entry of another deficiency");
        }
        return entry(
                DeficiencyEntryKind.EVIDENCE,
                text,
                new DeficiencyEntry.Details(null, null, null, null, corrected, null),
                by,
                at);
    }

    /** The provider received the written demand to remedy by the deadline. */
    public DeficiencyEntry notifyProvider(LocalDate newDeadline, String text, String by, Instant at) {
        LocalDate checked = ahead(newDeadline);
        moveTo(DeficiencyStatus.NOTIFIED);
        deadline = checked;
        overdueSince = null;
        return entry(
                DeficiencyEntryKind.STATUS,
                text,
                new DeficiencyEntry.Details(DeficiencyStatus.NOTIFIED, null, null, checked, null, null),
                by,
                at);
    }

    public DeficiencyEntry remedied(String text, String by, Instant at) {
        return change(DeficiencyStatus.REMEDIED, text, by, at);
    }

    public DeficiencyEntry close(String text, String by, Instant at) {
        return change(DeficiencyStatus.CLOSED, text, by, at);
    }

    /** An escalation step; a later step is never milder than an earlier one. */
    public DeficiencyEntry escalate(EscalationStep step, String text, String by, Instant at) {
        Objects.requireNonNull(step, "step");
        if (escalation != null && step.compareTo(escalation) < 0) {
            throw new IllegalArgumentException("escalation below " + escalation);
        }
        moveTo(DeficiencyStatus.ESCALATED);
        escalation = step;
        return entry(
                DeficiencyEntryKind.ESCALATION,
                text,
                new DeficiencyEntry.Details(DeficiencyStatus.ESCALATED, step, null, null, null, null),
                by,
                at);
    }

    /** Where the matter was passed on; changes nothing of the status. */
    public DeficiencyEntry passOn(PassedOnTo to, String text, String by, Instant at) {
        Objects.requireNonNull(to, "to");
        if (status == DeficiencyStatus.CLOSED) {
            throw new IllegalStateException("deficiency is closed");
        }
        return entry(
                DeficiencyEntryKind.PASSED_ON,
                text,
                new DeficiencyEntry.Details(null, null, to, null, null, null),
                by,
                at);
    }

    /** Marks the deficiency overdue once its deadline passed while it still awaits remedy; true if newly so. */
    public boolean markOverdue(LocalDate today) {
        if (overdueSince == null && isOverdue(today)) {
            overdueSince = today;
            return true;
        }
        return false;
    }

    public boolean isOverdue(LocalDate today) {
        return isOverdue(status, deadline, today);
    }

    /** The same rule for read models that carry only the two columns. */
    public static boolean isOverdue(DeficiencyStatus status, LocalDate deadline, LocalDate today) {
        return status.awaitsRemedy() && deadline.isBefore(today);
    }

    private DeficiencyEntry change(DeficiencyStatus next, String text, String by, Instant at) {
        moveTo(next);
        return entry(
                DeficiencyEntryKind.STATUS,
                text,
                new DeficiencyEntry.Details(next, null, null, null, null, null),
                by,
                at);
    }

    private void moveTo(DeficiencyStatus next) {
        if (!status.next().contains(next)) {
            throw new IllegalStateException("deficiency cannot change from " + status + " to " + next);
        }
        status = next;
    }

    private DeficiencyEntry entry(
            DeficiencyEntryKind kind, String text, DeficiencyEntry.Details details, String by, Instant at) {
        return new DeficiencyEntry(this, kind, text, details, by, at);
    }

    public Long getId() {
        return id;
    }

    public Provider getProvider() {
        return provider;
    }

    public DeficiencyCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public DeficiencyStatus getStatus() {
        return status;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public EscalationStep getEscalation() {
        return escalation;
    }

    public LocalDate getOverdueSince() {
        return overdueSince;
    }

    public String getOwner() {
        return owner;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Set<Measure> getMeasures() {
        return Set.copyOf(measures);
    }

    public Set<Placement> getPlacements() {
        return Set.copyOf(placements);
    }

    public Set<QualityObservation> getObservations() {
        return Set.copyOf(observations);
    }

    public long getVersion() {
        return version;
    }
}
