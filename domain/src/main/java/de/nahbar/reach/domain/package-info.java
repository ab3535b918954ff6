/** Reachability: appointments, letters, consent to direct contact, settings, the responsibility directory, trials. */
package de.nahbar.reach.domain;
