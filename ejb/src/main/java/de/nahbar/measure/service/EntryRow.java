package de.nahbar.measure.service;

import java.io.Serializable;
import java.time.LocalDate;

import de.nahbar.measure.domain.EntryDate;
import de.nahbar.shared.domain.JobcenterTime;

/** An entry date with its places and how they are used: reserved, allocated, participating, waiting. */
public record EntryRow(
        long id,
        long version,
        long measureId,
        LocalDate entryOn,
        int places,
        int allowance,
        int taken,
        long reserved,
        long allocated,
        long participating,
        long waiting)
        implements Serializable {

    /** Entries this close with free places are highlighted: a third of start dates are not taken up. */
    public static final int SOON_DAYS = 28;

    public int free() {
        return EntryDate.free(places, allowance, taken);
    }

    /** Within the next four weeks and not full. */
    public boolean soonWithFreePlaces() {
        LocalDate today = JobcenterTime.today();
        return free() > 0 && !entryOn.isBefore(today) && !entryOn.isAfter(today.plusDays(SOON_DAYS));
    }
}
