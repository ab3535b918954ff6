package de.nahbar.team.web;

/**
 * Customers of the team were assigned on another part of the team page (from the queue): the
 * caseload figures show it without the page reaching into their bean.
 */
public record TeamCaseloadsChanged() {}
