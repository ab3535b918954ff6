package de.nahbar.caseload.domain;

/** A Wiedervorlage for the caseworker, or a Zusage made to the customer ("we will take care of it"). */
public enum FollowUpKind {
    FOLLOW_UP,
    COMMITMENT
}
