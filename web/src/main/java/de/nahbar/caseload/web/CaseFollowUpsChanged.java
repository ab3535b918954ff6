package de.nahbar.caseload.web;

/**
 * Another part of the case file page (a measure's "not yet" with a date) added a follow-up to
 * this customer's case: the case file shows it without the page reaching into its bean.
 */
public record CaseFollowUpsChanged(long customerId) {}
