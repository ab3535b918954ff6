package de.nahbar.measure.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a customer stands with a measure's entry date, from the waiting list to the end of the
 * participation. Only the statuses that {@link #holdsPlace() hold a place} count against the
 * entry date's places.
 */
public enum PlacementStatus {
    /** Warteliste: consent given, no free place yet. */
    WAITING,
    /** A place is held until a deadline, waiting for the coordinator's confirmation. */
    RESERVED,
    /** Zuweisung: the coordinator confirmed the place. */
    ALLOCATED,
    STARTED,
    INTERRUPTED,
    /** Abbruchgefahr, reported by the provider or seen by the coordinator. */
    DROPOUT_RISK,
    COMPLETED,
    DROPPED_OUT,
    /** Nichtantritt: the customer did not start on the entry date. */
    NO_SHOW,
    /** Sent back by the coordinator with a reason. */
    RETURNED,
    /** The customer withdrew consent. */
    WITHDRAWN,
    /** The reservation's deadline passed without confirmation. */
    EXPIRED;

    private static final Set<PlacementStatus> HOLDING =
            EnumSet.of(RESERVED, ALLOCATED, STARTED, INTERRUPTED, DROPOUT_RISK);
    private static final Set<PlacementStatus> PARTICIPATING = EnumSet.of(STARTED, INTERRUPTED, DROPOUT_RISK);

    /** Whether this status counts against the entry date's places. */
    public boolean holdsPlace() {
        return HOLDING.contains(this);
    }

    /** Whether the placement is still going: on the waiting list or holding a place. */
    public boolean isOpen() {
        return this == WAITING || holdsPlace();
    }

    /** Whether the customer is in the measure (started and not yet ended). */
    public boolean isParticipating() {
        return PARTICIPATING.contains(this);
    }

    /** Whether the customer took part at all, for the history of earlier participations. */
    public boolean tookPart() {
        return isParticipating() || this == COMPLETED || this == DROPPED_OUT;
    }

    /** The statuses of {@link #isParticipating()}, for queries. */
    public static Set<PlacementStatus> participating() {
        return EnumSet.copyOf(PARTICIPATING);
    }

    public static Set<PlacementStatus> holding() {
        return EnumSet.copyOf(HOLDING);
    }

    /** The statuses of {@link #isOpen()}, for queries. */
    public static Set<PlacementStatus> open() {
        Set<PlacementStatus> open = holding();
        open.add(WAITING);
        return open;
    }

    /** The statuses of {@link #tookPart()}, for queries. */
    public static Set<PlacementStatus> thatTookPart() {
        Set<PlacementStatus> result = EnumSet.copyOf(PARTICIPATING);
        result.add(COMPLETED);
        result.add(DROPPED_OUT);
        return result;
    }

    /** The statuses a placement may move to from this one. */
    public Set<PlacementStatus> next() {
        return switch (this) {
            case WAITING -> EnumSet.of(RESERVED, WITHDRAWN, RETURNED);
            case RESERVED -> EnumSet.of(ALLOCATED, RETURNED, EXPIRED, WITHDRAWN);
            case ALLOCATED -> EnumSet.of(STARTED, NO_SHOW, WITHDRAWN, RETURNED);
            case STARTED -> EnumSet.of(INTERRUPTED, DROPOUT_RISK, DROPPED_OUT, COMPLETED, WITHDRAWN);
            case INTERRUPTED -> EnumSet.of(STARTED, DROPOUT_RISK, DROPPED_OUT, COMPLETED, WITHDRAWN);
            case DROPOUT_RISK -> EnumSet.of(STARTED, INTERRUPTED, DROPPED_OUT, COMPLETED, WITHDRAWN);
            case COMPLETED, DROPPED_OUT, NO_SHOW, RETURNED, WITHDRAWN, EXPIRED -> EnumSet.noneOf(PlacementStatus.class);
        };
    }

    /** Ending this way needs a stated reason (send back, dropout). */
    public boolean needsReason() {
        return this == RETURNED || this == DROPPED_OUT;
    }
}
