package de.nahbar.caseload.domain;

/** Why a customer left the Jobcenter's care (Abmeldegrund). */
public enum ExitReason {
    /** Arbeitsaufnahme: work that ends the need. */
    WORK,
    /** Ausbildung or a course of study outside SGB II. */
    TRAINING,
    /** Moved to another Jobcenter's area. */
    MOVED_AWAY,
    /** No longer in need, for example through a partner's income. */
    NO_LONGER_IN_NEED,
    OTHER
}
