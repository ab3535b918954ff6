package de.nahbar.caseload.domain;

/** How a contact with a customer happened. */
public enum ContactChannel {
    PHONE_IN,
    PHONE_OUT,
    EMAIL,
    VISIT,
    APPOINTMENT,
    /** A letter to the customer, such as an invitation. */
    LETTER
}
