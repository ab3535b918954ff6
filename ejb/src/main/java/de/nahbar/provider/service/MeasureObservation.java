package de.nahbar.provider.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import de.nahbar.provider.domain.ObservationTone;

/** A quality observation about a measure, by its author; a participation is only flagged, never named. */
public record MeasureObservation(
        Instant recordedAt,
        ObservationTone tone,
        LocalDate observedOn,
        String text,
        boolean aboutParticipation,
        boolean correction,
        String author)
        implements Serializable {}
