package de.nahbar.measure.domain;

/** Whom a measure is meant for. */
public enum TargetGroup {
    ALL,
    UNDER_25,
    SINGLE_PARENTS,
    HEALTH_RESTRICTIONS,
    LANGUAGE_SUPPORT,
    LONG_TERM_UNEMPLOYED,
    OVER_50
}
