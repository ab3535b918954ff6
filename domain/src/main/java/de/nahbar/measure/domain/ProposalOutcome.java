package de.nahbar.measure.domain;

/** How a conversation about a measure ended. "Not yet" is a legitimate outcome, not a refusal. */
public enum ProposalOutcome {
    /** Informed consent: content, provider and voluntariness were explained. */
    CONSENT,
    DECLINED,
    /** Zeitpunkt noch nicht reif. */
    NOT_YET
}
