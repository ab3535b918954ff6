package de.nahbar.caseload.domain;

/** How intensively a caseworker works with a customer: about 70 of up to 450 are active. */
public enum SupportMode {
    /** aktiv betreut */
    ACTIVE,
    /** beobachtend betreut */
    OBSERVING
}
