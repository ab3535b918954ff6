package de.nahbar.reach.domain;

/** Where an appointment takes place. */
public enum AppointmentMode {
    /** In the Jobcenter, in a room. */
    IN_PERSON,
    /** The caseworker calls the customer at the agreed time. */
    PHONE
}
