/** Measures: the catalogue, a measure's page, Meine Maßnahmen, the import, the case file's measures tab. */
package de.nahbar.measure.web;
