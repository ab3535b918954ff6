package de.nahbar.reach.domain;

/** What a customer's call was about, chosen in one click when the call is logged. */
public enum CallTopic {
    /** A matter of the caseworker's own, e.g. a question about the cooperation plan. */
    OWN_MATTER,
    /** Another unit is responsible: the customer was referred there. */
    NOT_RESPONSIBLE,
    COMPLAINT,
    /** Encouragement, or just talking: part of the relationship, not a waste of time. */
    ENCOURAGEMENT,
    APPOINTMENT_CHANGE,
    OTHER
}
