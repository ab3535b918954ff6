/** Caseload: customers, their caseworker and deputies, counselling notes, follow-ups, contacts, availability. */
package de.nahbar.caseload.domain;
