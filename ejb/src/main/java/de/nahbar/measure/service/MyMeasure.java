package de.nahbar.measure.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.MeasureStatus;

/** A measure the coordinator owns, with its entry dates, for "Meine Maßnahmen". */
public record MyMeasure(
        long id,
        String number,
        String title,
        String providerName,
        int minOccupancy,
        int maxPlaces,
        EntryMode entryMode,
        MeasureStatus status,
        LocalDate startsOn,
        LocalDate endsOn,
        int holdWorkingDays,
        boolean deputy,
        List<EntryRow> entries)
        implements Serializable {

    public MyMeasure {
        entries = List.copyOf(entries);
    }

    /** Places in use over all entry dates: what the paid minimum is measured against. */
    public int taken() {
        return entries.stream().mapToInt(EntryRow::taken).sum();
    }

    public boolean belowPaidMinimum() {
        return taken() < minOccupancy;
    }
}
