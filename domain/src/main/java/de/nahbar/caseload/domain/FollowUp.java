package de.nahbar.caseload.domain;

import de.nahbar.shared.domain.Guard;
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

/** A follow-up (Wiedervorlage) or a commitment to the customer (Zusage), due on a day. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    public static final int TITLE_MAX = 200;

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

    @Version
    private long version;

    protected FollowUp() {
        // for JPA
    }

    public FollowUp(Customer customer, FollowUpKind kind, String title, LocalDate dueOn, String createdBy) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Guard.text(title, "title", TITLE_MAX);
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
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

    public String getDoneBy() {
        return doneBy;
    }

    public long getVersion() {
        return version;
    }
}
