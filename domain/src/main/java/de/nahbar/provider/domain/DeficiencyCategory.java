package de.nahbar.provider.domain;

/** What kind of deficiency in a provider's care. */
public enum DeficiencyCategory {
    /** Staffing: too few, or not the qualified staff the contract names. */
    STAFFING,
    /** Attendance not recorded or not reported as agreed. */
    ATTENDANCE,
    /** Content not as contracted. */
    CONTENT,
    /** How participants are treated. */
    TREATMENT,
    /** Premises and equipment. */
    PREMISES,
    /** Reports late, missing or wrong. */
    REPORTING,
    OTHER
}
