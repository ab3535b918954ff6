package de.nahbar.measure.service;

import java.io.Serializable;
import java.time.LocalDate;

/** A fill request on a caseworker's Mein Tag: which measure and entry date, how many places are free, who asks. */
public record OpenFillRequest(
        long id,
        long measureId,
        String measureNumber,
        String measureTitle,
        LocalDate entryOn,
        int free,
        String message,
        String requestedBy)
        implements Serializable {}
