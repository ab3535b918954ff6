package de.nahbar.team.service;

import de.nahbar.shared.service.NahbarException;

/** Customers the team lead may not assign: not (or no longer) in the queue of the lead's team. Nobody was assigned. */
public class QueueAssignmentRefusedException extends NahbarException {

    private final int refused;

    public QueueAssignmentRefusedException(int refused) {
        super(refused + " customers not in the team's queue");
        this.refused = refused;
    }

    public int refused() {
        return refused;
    }

    @Override
    public String messageKey() {
        return "team_queue.notInQueue";
    }
}
