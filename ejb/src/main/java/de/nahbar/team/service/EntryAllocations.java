package de.nahbar.team.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import de.nahbar.measure.domain.PlacementStatus;

/**
 * Drill-down of a measure: its entry dates with places and free places, and for each the
 * allocations by customer number and status. No names: the team lead sees aggregates and opens
 * a case only through the reason path.
 */
public record EntryAllocations(LocalDate entryOn, int places, long free, List<Allocation> allocations)
        implements Serializable {

    public EntryAllocations {
        allocations = List.copyOf(allocations);
    }

    public record Allocation(String customerNumber, PlacementStatus status) implements Serializable {}
}
