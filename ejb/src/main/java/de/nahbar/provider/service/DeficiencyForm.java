package de.nahbar.provider.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.provider.domain.Deficiency;
import de.nahbar.provider.domain.DeficiencyCategory;

/** A deficiency as it is opened: what is established, until when it must be remedied, which measures and observations. */
public record DeficiencyForm(
        @NotNull DeficiencyCategory category,
        @Size(max = Deficiency.DESCRIPTION_MAX) String description,
        @NotNull LocalDate deadline,
        @NotNull @Size(max = 100) List<Long> measureIds,
        @NotNull @Size(max = 100) List<Long> observationIds)
        implements Serializable {

    public DeficiencyForm {
        measureIds = List.copyOf(measureIds);
        observationIds = List.copyOf(observationIds);
    }
}
