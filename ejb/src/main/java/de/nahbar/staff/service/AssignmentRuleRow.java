package de.nahbar.staff.service;

/** A responsibility rule as the administrators' list shows it; {@code caseworker} null for a team's rule. */
public record AssignmentRuleRow(
        long id, String team, String caseworker, char letterFrom, char letterTo, String postalPrefix) {}
