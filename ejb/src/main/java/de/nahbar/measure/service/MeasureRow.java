package de.nahbar.measure.service;

import java.io.Serializable;
import java.time.LocalDate;

import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.MeasureStatus;
import de.nahbar.measure.domain.TargetGroup;

/** A line of the catalogue: the measure, its provider, and its free places from the searched date on. */
public record MeasureRow(
        long id,
        String number,
        String title,
        LegalBasis legalBasis,
        TargetGroup targetGroup,
        String location,
        String providerName,
        MeasureStatus status,
        long freePlaces,
        LocalDate nextFreeEntry)
        implements Serializable {}
