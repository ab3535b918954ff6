package de.nahbar.provider.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import de.nahbar.measure.domain.Provider;
import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.domain.RuleBroken;
import de.nahbar.staff.domain.StaffMember;

/**
 * A visit to a provider: who went, whom they met, which measures, impressions and agreements.
 * Its next steps may carry a follow-up date, which lands on the recording visitor's Mein Tag
 * until they mark it done. What was seen and agreed is not changed afterwards.
 */
@Entity
@Table(name = "provider_visit")
public class ProviderVisit {

    public static final int IMPRESSIONS_MAX = 4000;
    public static final int AGREEMENTS_MAX = 2000;
    public static final int NEXT_STEPS_MAX = 2000;

    @Id
    @SequenceGenerator(name = "provider_visit_seq", sequenceName = "provider_visit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_visit_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    @Column(name = "visited_on", nullable = false, updatable = false)
    private LocalDate visitedOn;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "provider_visit_visitor",
            joinColumns = @JoinColumn(name = "visit_id"),
            inverseJoinColumns = @JoinColumn(name = "staff_member_id"))
    private Set<StaffMember> visitors = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "provider_visit_contact",
            joinColumns = @JoinColumn(name = "visit_id"),
            inverseJoinColumns = @JoinColumn(name = "contact_id"))
    private Set<ProviderContact> met = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "provider_visit_measure",
            joinColumns = @JoinColumn(name = "visit_id"),
            inverseJoinColumns = @JoinColumn(name = "measure_id"))
    private Set<Measure> measures = new HashSet<>();

    @Column(name = "impressions", nullable = false, updatable = false, length = IMPRESSIONS_MAX)
    private String impressions;

    @Column(name = "agreements", updatable = false, length = AGREEMENTS_MAX)
    private String agreements;

    @Column(name = "next_steps", updatable = false, length = NEXT_STEPS_MAX)
    private String nextSteps;

    @Column(name = "follow_up_on", updatable = false)
    private LocalDate followUpOn;

    @Column(name = "follow_up_by", updatable = false, length = 64)
    private String followUpBy;

    @Column(name = "follow_up_done")
    private Instant followUpDone;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected ProviderVisit() {
        // for JPA
    }

    /** What the visit was; the recording member of staff is one of the visitors and owns the follow-up. */
    public record Report(
            LocalDate visitedOn, String impressions, String agreements, String nextSteps, LocalDate followUpOn) {}

    public ProviderVisit(
            Provider provider,
            Report report,
            StaffMember recorder,
            Collection<StaffMember> colleagues,
            Collection<ProviderContact> metContacts,
            Collection<Measure> visitedMeasures,
            Instant at) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.visitedOn = Objects.requireNonNull(report.visitedOn(), "visitedOn");
        LocalDate today = JobcenterTime.today();
        if (visitedOn.isAfter(today)) {
            throw new RuleBroken("visitedOn", "provider.error.visitInFuture");
        }
        this.impressions = Guard.text(report.impressions(), "impressions", IMPRESSIONS_MAX);
        this.agreements = Guard.optionalText(report.agreements(), "agreements", AGREEMENTS_MAX);
        this.nextSteps = Guard.optionalText(report.nextSteps(), "next steps", NEXT_STEPS_MAX);
        if (report.followUpOn() != null) {
            if (nextSteps == null) {
                throw new RuleBroken("nextSteps", "provider.error.followUpNeedsSteps");
            }
            if (report.followUpOn().isBefore(today)) {
                throw new RuleBroken("followUpOn", "provider.error.followUpPast");
            }
        }
        this.followUpOn = report.followUpOn();
        this.recordedBy = recorder.getUsername();
        this.followUpBy = followUpOn == null ? null : recordedBy;
        this.recordedAt = Objects.requireNonNull(at, "at");
        visitors.add(recorder);
        visitors.addAll(colleagues);
        for (ProviderContact contact : metContacts) {
            if (!Provider.same(contact.getProvider(), provider)) {
                throw new IllegalArgumentException("contact of another provider");
            }
            met.add(contact);
        }
        for (Measure measure : visitedMeasures) {
            if (!Provider.same(measure.getProvider(), provider)) {
                throw new IllegalArgumentException("measure of another provider");
            }
            measures.add(measure);
        }
    }

    /** The follow-up is done; only its owner marks it, and only once. */
    public void followUpDone(String by, Instant at) {
        if (followUpOn == null || !followUpBy.equals(by)) {
            throw new IllegalStateException("not the owner of this follow-up");
        }
        if (followUpDone == null) {
            followUpDone = Objects.requireNonNull(at, "at");
        }
    }

    public Long getId() {
        return id;
    }

    public Provider getProvider() {
        return provider;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public Set<StaffMember> getVisitors() {
        return Set.copyOf(visitors);
    }

    public Set<ProviderContact> getMet() {
        return Set.copyOf(met);
    }

    public Set<Measure> getMeasures() {
        return Set.copyOf(measures);
    }

    public String getImpressions() {
        return impressions;
    }

    public String getAgreements() {
        return agreements;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public String getFollowUpBy() {
        return followUpBy;
    }

    public Instant getFollowUpDone() {
        return followUpDone;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
