package de.nahbar.caseload.service;

import de.nahbar.shared.service.NahbarException;

/** A leaver's customers cannot go to a team's queue when the leaver belongs to no team: they are handed over. */
public class NoTeamQueueException extends NahbarException {

    public NoTeamQueueException() {
        super("the leaver belongs to no team");
    }

    @Override
    public String messageKey() {
        return "admin_member.noTeamQueue";
    }
}
