package de.nahbar.reach.service;

import java.io.Serializable;
import java.time.LocalDate;

import de.nahbar.reach.domain.TrialFigures;

/** The caller's own trial and its figures; {@code trial} null: none started yet. */
public record TrialDashboard(Trial trial, TrialFigures figures, boolean canStart) implements Serializable {

    public record Trial(
            long id,
            long version,
            LocalDate startedOn,
            LocalDate plannedEndOn,
            LocalDate endedOn,
            String reflection,
            boolean shareFigures,
            boolean running)
            implements Serializable {}
}
