package de.nahbar.measure.domain;

/** How a colleague answers a fill request. */
public enum FillAnswer {
    /** A customer of theirs, with consent, holds a place or waits for one. */
    PROPOSED,
    /** Keine passende Person. */
    NO_SUITABLE_PERSON
}
