package de.nahbar.caseload.domain;

/** Something the caseworker has to do for a customer by a date. */
public enum FollowUpKind {
    /** Wiedervorlage: the caseworker looks at the case again. */
    FOLLOW_UP,
    /** Zusage: something promised to the customer ("we will take care of it"). */
    COMMITMENT,
    /** Rückruf: the caseworker promised to call the customer back. */
    CALLBACK
}
