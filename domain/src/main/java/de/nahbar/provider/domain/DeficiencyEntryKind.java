package de.nahbar.provider.domain;

/** What an entry in a deficiency's file records. */
public enum DeficiencyEntryKind {
    OPENED,
    /** Evidence: a dated, attributed text, possibly with a file; a correction is evidence that names the corrected entry. */
    EVIDENCE,
    STATUS,
    ESCALATION,
    PASSED_ON
}
