package de.nahbar.caseload.domain;

/**
 * Whether the customer gives the caseworker a mandate (Auftragsklärung). A working agreement,
 * not the legal basis of the record (§67a SGB X): declining changes the support, nothing else.
 */
public enum MandateStatus {
    OPEN,
    GIVEN,
    DECLINED
}
