package de.nahbar.caseload.domain;

import java.time.Duration;
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

import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.domain.RuleBroken;

/** A follow-up (Wiedervorlage) or a commitment to the customer (Zusage), due on a day. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    public static final int TITLE_MAX = 200;
    public static final int DONE_NOTE_MAX = 500;
    /** What Jobcenter service centres promise: a call back within 48 hours. */
    public static final Duration CALLBACK_WINDOW = Duration.ofHours(48);

    @Id
    @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private FollowUpKind kind;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 64)
    private String doneBy;

    /** For a callback: the end of the window in which the customer was promised the call. */
    @Column(name = "due_at", updatable = false)
    private Instant dueAt;

    @Column(name = "done_note", length = DONE_NOTE_MAX)
    private String doneNote;

    @Version
    private long version;

    protected FollowUp() {
        // for JPA
    }

    /**
     * A follow-up a person sets is due today or later: one set for a day gone by would be overdue
     * the moment it is saved, which nobody means. Refused at {@code field}, the form's name for it.
     */
    public static LocalDate requireNotPast(LocalDate dueOn, LocalDate today, String field) {
        if (dueOn != null && dueOn.isBefore(today)) {
            throw new RuleBroken(field, "followUp.dueInPast");
        }
        return dueOn;
    }

    public FollowUp(Customer customer, FollowUpKind kind, String title, LocalDate dueOn, String createdBy) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Guard.text(title, "title", TITLE_MAX);
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    }

    /** A promised call back, due by the end of its window; it is due on the window's last day. */
    public static FollowUp callback(Customer customer, String title, Instant dueAt, String createdBy, Instant now) {
        if (!dueAt.isAfter(now) || dueAt.isAfter(now.plus(Duration.ofDays(30)))) {
            throw new IllegalArgumentException("a callback is due within the next 30 days");
        }
        FollowUp callback = new FollowUp(customer, FollowUpKind.CALLBACK, title, JobcenterTime.dayOf(dueAt), createdBy);
        callback.dueAt = dueAt;
        return callback;
    }

    /** Done, with a note of what came of it (who was reached, what was agreed). */
    public void complete(String by, Instant at, String note) {
        complete(by, at);
        this.doneNote = Guard.optionalText(note, "doneNote", DONE_NOTE_MAX);
    }

    public void complete(String by, Instant at) {
        if (isDone()) {
            throw new IllegalStateException("follow-up " + id + " is already done");
        }
        this.doneBy = Objects.requireNonNull(by, "by");
        this.doneAt = Objects.requireNonNull(at, "at");
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public boolean isOverdueOn(LocalDate day) {
        return isOverdue(dueOn, doneAt, day);
    }

    /** A callback with a window is overdue the moment the window closes; everything else from the day after. */
    public boolean isOverdueAt(Instant now) {
        return isOverdue(dueOn, dueAt, doneAt, now);
    }

    /** The rule of {@link #isOverdueAt}, for lists that read the columns without the entity. */
    public static boolean isOverdue(LocalDate dueOn, Instant dueAt, Instant doneAt, Instant now) {
        if (dueAt != null) {
            return doneAt == null && dueAt.isBefore(now);
        }
        return isOverdue(dueOn, doneAt, JobcenterTime.dayOf(now));
    }

    /** Whether a callback was made within its window. */
    public boolean wasKeptOnTime() {
        return doneAt != null && (dueAt == null ? !JobcenterTime.dayOf(doneAt).isAfter(dueOn) : !doneAt.isAfter(dueAt));
    }

    /** The rule of {@link #isOverdueOn}, for lists that read the columns without the entity. */
    public static boolean isOverdue(LocalDate dueOn, Instant doneAt, LocalDate day) {
        return doneAt == null && dueOn.isBefore(day);
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public FollowUpKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getDoneNote() {
        return doneNote;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public long getVersion() {
        return version;
    }
}
