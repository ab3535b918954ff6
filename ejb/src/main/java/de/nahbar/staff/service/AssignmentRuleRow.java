package de.nahbar.staff.service;

/** An assignment rule as the administrators' list shows it. */
public record AssignmentRuleRow(
        long id, String caseworker, String team, char letterFrom, char letterTo, String postalPrefix) {}
