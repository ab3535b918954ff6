/** Measures: providers as contract parties, measures, entry dates, places, proposals, placements and their rules. */
package de.nahbar.measure.domain;
