package de.nahbar.provider.domain;

/** Whether an observation speaks for or against the provider's care. */
public enum ObservationTone {
    POSITIVE,
    NEGATIVE
}
