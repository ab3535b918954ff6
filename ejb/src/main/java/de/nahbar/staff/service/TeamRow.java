package de.nahbar.staff.service;

import java.io.Serializable;
import java.util.List;

import de.nahbar.staff.domain.TeamKind;

/** A team on the organisation page: its kind and location, who leads it, how many work in it. */
public record TeamRow(
        long id,
        String name,
        TeamKind kind,
        Long locationId,
        String locationName,
        List<String> leads,
        long activeMembers,
        long version)
        implements Serializable {

    /** The leads' names in one line, as the table shows them. */
    public String leadNames() {
        return String.join(", ", leads);
    }
}
