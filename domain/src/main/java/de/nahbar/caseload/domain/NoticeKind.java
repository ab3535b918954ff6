package de.nahbar.caseload.domain;

/** Why something lands on a caseworker's Mein Tag without being a follow-up they set. */
public enum NoticeKind {
    /** A participant is at risk of dropping out: act at once. */
    DROPOUT_RISK,
    /** A place became free and is held for a customer from the waiting list. */
    PLACE_OFFERED,
    /** The coordinator confirmed the place (Zuweisung). */
    PLACE_ALLOCATED,
    /** The coordinator sent a reservation back, with a reason. */
    RESERVATION_RETURNED,
    /** A reservation lapsed without confirmation. */
    RESERVATION_EXPIRED,
    /** The customer did not start on the entry date. */
    NO_SHOW,
    /** The provider reported something the caseworker must decide. */
    PROVIDER_REPORT
}
