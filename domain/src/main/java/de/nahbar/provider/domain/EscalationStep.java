package de.nahbar.provider.domain;

/** Escalation steps against a provider that does not remedy a deficiency, from mild to severe. */
public enum EscalationStep {
    /** Abmahnung. */
    WARNING,
    /** Vertragsstrafe. */
    PENALTY,
    /** Kündigung des Vertrags. */
    TERMINATION
}
