package de.nahbar.measure.domain;

/** Whether a report asks the caseworker to decide something or only informs. */
public enum ReportHandling {
    NEEDS_DECISION,
    FOR_INFORMATION
}
