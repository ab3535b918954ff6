package de.nahbar.caseload.service;

import java.time.LocalDate;

/**
 * A case has just closed, inside the closing transaction: the contexts above caseload end what
 * they hold for the customer (a measure's reservations and waiting places), so nothing lower
 * needs to know them.
 */
public record CaseClosed(long customerId, LocalDate closedOn, String by) {}
