package de.nahbar.caseload.domain;

import java.time.Instant;
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

/**
 * Something that happened to a customer's case elsewhere and that the caseworker must see on
 * Mein Tag (a dropout risk, a place offered from the waiting list), until they mark it read.
 */
@Entity
@Table(name = "notice")
public class Notice {

    public static final int TEXT_MAX = 500;

    @Id
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 32)
    private NoticeKind kind;

    @Column(name = "text", nullable = false, updatable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "read_by", length = 64)
    private String readBy;

    @Version
    private long version;

    protected Notice() {
        // for JPA
    }

    public Notice(Customer customer, NoticeKind kind, String text, Instant createdAt) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.text = Guard.text(text, "text", TEXT_MAX);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void markRead(String by, Instant at) {
        if (readAt == null) {
            this.readBy = Objects.requireNonNull(by, "by");
            this.readAt = Objects.requireNonNull(at, "at");
        }
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
