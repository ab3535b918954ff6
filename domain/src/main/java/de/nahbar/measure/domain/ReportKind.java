package de.nahbar.measure.domain;

/** The kinds of participant report providers send electronically (Teilnehmerbericht). */
public enum ReportKind {
    ENTRY,
    EXIT,
    EARLY_EXIT,
    DATA_CHANGE,
    ATTENDANCE,
    /** Abbruchgefahr: the caseworker is alerted at once. */
    DROPOUT_RISK,
    /** Progress report with the provider's assessment. */
    PROGRESS,
    REMARK
}
