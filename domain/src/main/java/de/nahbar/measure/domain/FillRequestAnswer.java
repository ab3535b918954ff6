package de.nahbar.measure.domain;

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

/** A colleague's answer to a fill request: a customer proposed (with consent, holding or waiting for a place) or nobody suitable. */
@Entity
@Table(name = "fill_request_answer")
public class FillRequestAnswer {

    @Id
    @SequenceGenerator(name = "fill_request_answer_seq", sequenceName = "fill_request_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fill_request_answer_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fill_request_id", nullable = false, updatable = false)
    private FillRequest fillRequest;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false, updatable = false, length = 24)
    private FillAnswer answer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "placement_id", updatable = false)
    private Placement placement;

    @Column(name = "answered_by", nullable = false, updatable = false, length = 64)
    private String answeredBy;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;

    protected FillRequestAnswer() {
        // for JPA
    }

    private FillRequestAnswer(
            FillRequest fillRequest, FillAnswer answer, Placement placement, String answeredBy, Instant answeredAt) {
        this.fillRequest = Objects.requireNonNull(fillRequest, "fillRequest");
        if (!fillRequest.isOpen()) {
            throw new IllegalStateException("fill request " + fillRequest.getId() + " is closed");
        }
        this.answer = answer;
        this.placement = placement;
        this.answeredBy = Objects.requireNonNull(answeredBy, "answeredBy");
        this.answeredAt = Objects.requireNonNull(answeredAt, "answeredAt");
    }

    /** A customer who consented and now holds or waits for a place of the requested measure. */
    public static FillRequestAnswer proposed(FillRequest request, Placement placement, String by, Instant at) {
        Objects.requireNonNull(placement, "placement");
        if (!placement
                .getMeasure()
                .getId()
                .equals(request.getEntryDate().getMeasure().getId())) {
            throw new IllegalArgumentException("the placement is for another measure");
        }
        return new FillRequestAnswer(request, FillAnswer.PROPOSED, placement, by, at);
    }

    public static FillRequestAnswer nobodySuitable(FillRequest request, String by, Instant at) {
        return new FillRequestAnswer(request, FillAnswer.NO_SUITABLE_PERSON, null, by, at);
    }

    public Long getId() {
        return id;
    }

    public FillAnswer getAnswer() {
        return answer;
    }
}
