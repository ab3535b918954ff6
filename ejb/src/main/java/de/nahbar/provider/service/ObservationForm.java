package de.nahbar.provider.service;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.provider.domain.ObservationTone;
import de.nahbar.provider.domain.QualityObservation;

/**
 * An observation about a provider, one of its measures or one participation: the most specific
 * id given decides (placement, else measure, else provider).
 */
public record ObservationForm(
        Long providerId,
        Long measureId,
        Long placementId,
        @NotNull ObservationTone tone,
        @NotNull LocalDate observedOn,
        @Size(max = QualityObservation.TEXT_MAX) String text)
        implements Serializable {}
