package de.nahbar.provider.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a deficiency stands: open → provider notified → remedied or escalated → closed. */
public enum DeficiencyStatus {
    OPEN,
    /** The provider received the written demand to remedy within a deadline. */
    NOTIFIED,
    REMEDIED,
    ESCALATED,
    CLOSED;

    /** The statuses this one may change to; an open deficiency found unfounded may be closed at once. */
    public Set<DeficiencyStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(NOTIFIED, CLOSED);
            case NOTIFIED -> EnumSet.of(REMEDIED, ESCALATED);
            case ESCALATED -> EnumSet.of(REMEDIED, ESCALATED, CLOSED);
            case REMEDIED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(DeficiencyStatus.class);
        };
    }

    /** Whether the deadline for remedy still runs, so that passing it makes the deficiency overdue. */
    public boolean awaitsRemedy() {
        return this == OPEN || this == NOTIFIED;
    }
}
