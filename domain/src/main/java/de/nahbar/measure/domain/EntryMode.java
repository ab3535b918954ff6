package de.nahbar.measure.domain;

/** How customers enter a measure. */
public enum EntryMode {
    /** Fixed entry dates, each with its own number of places (a cohort). */
    FIXED_DATES,
    /** Entry at any time into a number of places held continuously. */
    ROLLING
}
