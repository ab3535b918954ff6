package de.nahbar.staff.domain;

/**
 * What a team of the Jobcenter does, which decides whose customers it takes: the U25 team the
 * young, the market and integration teams those close to work, case management those with more
 * than one obstacle. The kinds most Jobcenters organise by; {@code OTHER} for the rest.
 */
public enum TeamKind {
    U25,
    MARKET_INTEGRATION,
    CASE_MANAGEMENT,
    REHABILITATION,
    SELF_EMPLOYED,
    OTHER
}
