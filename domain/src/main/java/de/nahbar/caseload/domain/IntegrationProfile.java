package de.nahbar.caseload.domain;

/** The profiles of the four-phase model (4PM) that describe how close someone is to work. */
public enum IntegrationProfile {
    /** Marktprofil */
    MARKET,
    /** Aktivierungsprofil */
    ACTIVATION,
    /** Förderprofil */
    SUPPORT,
    /** Entwicklungsprofil */
    DEVELOPMENT,
    /** Stabilisierungsprofil */
    STABILIZATION,
    /** Unterstützungsprofil */
    ASSISTANCE
}
