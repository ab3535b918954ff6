package de.nahbar.caseload.domain;

/** Good reasons why someone is not available for work now; recorded respectfully, never as a deficit. */
public enum AvailabilityReasonKind {
    CHILDCARE,
    CARE_OF_RELATIVES,
    VOLUNTEERING,
    THERAPY_OR_ILLNESS,
    SCHOOL_OR_TRAINING,
    OTHER
}
