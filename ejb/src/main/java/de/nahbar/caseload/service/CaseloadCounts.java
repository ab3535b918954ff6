package de.nahbar.caseload.service;

import java.io.Serializable;

/** How many customers fall under each quick filter of the caseload list. */
public record CaseloadCounts(
        long all, long active, long observing, long mandateOpen, long due, long noContact90Days, long under25)
        implements Serializable {}
