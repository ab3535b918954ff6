package de.nahbar.reach.domain;

/** What became of an appointment the customer was invited to. */
public enum AppointmentOutcome {
    ATTENDED,
    RESCHEDULED,
    /** Missed, and the customer gave a reason (illness, childcare, ...). */
    MISSED_WITH_REASON,
    MISSED_WITHOUT_REASON;

    public boolean missed() {
        return this == MISSED_WITH_REASON || this == MISSED_WITHOUT_REASON;
    }
}
