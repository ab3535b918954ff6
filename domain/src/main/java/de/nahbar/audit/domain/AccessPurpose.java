package de.nahbar.audit.domain;

/** Why a case was opened; stored with every access-log entry. */
public enum AccessPurpose {
    /** The customer's own caseworker at work. */
    CASEWORK,
    /** A colleague during an active deputy period. */
    DEPUTY,
    /** A team lead, with a stated reason. */
    TEAM_LEAD_REVIEW,
    /** A measure coordinator reading a participant of an owned measure: name, number, status, caseworker. */
    MEASURE_COORDINATION,
    /** Who manages a deficiency reading the participations it names: customer number only. */
    DEFICIENCY_FILE,
    /** The telephone system asked who is calling: name and customer number of the matching customers. */
    CALL_LOOKUP,
    /** A registration showed a possible duplicate: number, name, birth date and caseworker only. */
    DUPLICATE_CHECK
}
