package de.nahbar.provider.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.provider.domain.ProviderVisit;

/** A visit as the visitor records it: colleagues who went along, contacts met and measures seen by id. */
public record VisitForm(
        @NotNull LocalDate visitedOn,
        @Size(max = ProviderVisit.IMPRESSIONS_MAX) String impressions,
        @Size(max = ProviderVisit.AGREEMENTS_MAX) String agreements,
        @Size(max = ProviderVisit.NEXT_STEPS_MAX) String nextSteps,
        LocalDate followUpOn,
        @NotNull @Size(max = 20) List<Long> colleagueIds,
        @NotNull @Size(max = 50) List<Long> contactIds,
        @NotNull @Size(max = 100) List<Long> measureIds)
        implements Serializable {

    public VisitForm {
        colleagueIds = List.copyOf(colleagueIds);
        contactIds = List.copyOf(contactIds);
        measureIds = List.copyOf(measureIds);
    }
}
