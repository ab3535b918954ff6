package de.nahbar.reach.service;

import java.io.Serializable;

import de.nahbar.reach.domain.TrialFigures;

/**
 * What a team lead may see of reachability trials: how many of the team share their figures, and
 * only when at least {@link #MIN_PARTICIPANTS} do, their figures pooled: never anyone's own.
 */
public record TrialAggregate(int participants, TrialFigures pooled) implements Serializable {

    public static final int MIN_PARTICIPANTS = 3;

    public boolean shown() {
        return pooled != null;
    }
}
