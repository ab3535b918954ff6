package de.nahbar.staff.service;

/**
 * Fired (synchronously, in the transaction) before a login is deactivated, for the contexts
 * above staff: caseload refuses while the login still has customers, or with
 * {@code customersToQueue} puts them into the queue of the login's team, and ends its deputy
 * periods. An observer refuses by throwing a {@code NahbarException}; nothing is then changed.
 */
public record LoginDeactivating(long staffMemberId, String username, String by, boolean customersToQueue) {}
