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

import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.RuleBroken;

/** One entry of the contact journal: a call, an e-mail, a visit or an appointment. */
@Entity
@Table(name = "contact")
public class Contact {

    public static final int TOPIC_MAX = 200;
    public static final int NOTE_MAX = 2000;
    public static final int DURATION_MAX_MINUTES = 600;
    public static final int REFERRAL_MAX = 500;

    @Id
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 16)
    private ContactChannel channel;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "duration_minutes", updatable = false)
    private Integer durationMinutes;

    @Column(name = "topic", nullable = false, updatable = false, length = TOPIC_MAX)
    private String topic;

    @Column(name = "note", updatable = false, length = NOTE_MAX)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    /** For a logged call: what it was about (the name of a {@code CallTopic}), for the caseworker's trial figures. */
    @Column(name = "call_topic", updatable = false, length = 24)
    private String callTopic;

    /** For a call about a matter of another unit: where the caller was referred, as told to them. */
    @Column(name = "referred_to", updatable = false, length = REFERRAL_MAX)
    private String referredTo;

    protected Contact() {
        // for JPA
    }

    /** How far ahead a clock may differ: a contact "now" typed a minute late is still now. */
    static final long CLOCK_SLACK_SECONDS = 300;

    /**
     * A contact is recorded when it happened, so not later than now: one dated later today would
     * be a promise, which is a callback or a follow-up. Refused at the field "occurredAt".
     */
    public static Instant requireHappened(Instant occurredAt, Instant now) {
        if (occurredAt != null && occurredAt.isAfter(now.plusSeconds(CLOCK_SLACK_SECONDS))) {
            throw new RuleBroken("occurredAt", "case.contact.notLater");
        }
        return occurredAt;
    }

    public Contact(
            Customer customer,
            ContactChannel channel,
            Instant occurredAt,
            Integer durationMinutes,
            String topic,
            String note,
            String recordedBy) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        if (durationMinutes != null && (durationMinutes < 0 || durationMinutes > DURATION_MAX_MINUTES)) {
            throw new IllegalArgumentException("implausible duration: " + durationMinutes);
        }
        this.durationMinutes = durationMinutes;
        this.topic = Guard.text(topic, "topic", TOPIC_MAX);
        this.note = Guard.optionalText(note, "note", NOTE_MAX);
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /** A logged call: the topic as chosen, and where the caller was referred if anywhere. */
    public Contact asCall(String topicName, String referral) {
        if (channel != ContactChannel.PHONE_IN && channel != ContactChannel.PHONE_OUT) {
            throw new IllegalArgumentException("only a phone call has a call topic");
        }
        this.callTopic = Objects.requireNonNull(topicName, "topicName");
        this.referredTo = Guard.optionalText(referral, "referredTo", REFERRAL_MAX);
        return this;
    }

    public String getCallTopic() {
        return callTopic;
    }

    public String getReferredTo() {
        return referredTo;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public String getTopic() {
        return topic;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
