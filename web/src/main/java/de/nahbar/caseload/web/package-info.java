/** Caseload: Mein Bestand, the case file shell and its caseload tabs, deputies. */
package de.nahbar.caseload.web;
