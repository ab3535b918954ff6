package de.nahbar.team.service;

import java.io.Serializable;
import java.time.LocalDate;

/** An entry date in the coming weeks that still has free places. */
public record FreeEntry(
        long measureId, String number, String title, LocalDate entryOn, long free, boolean withinFourWeeks)
        implements Serializable {}
