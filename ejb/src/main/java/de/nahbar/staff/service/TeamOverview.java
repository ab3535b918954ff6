package de.nahbar.staff.service;

import java.io.Serializable;
import java.util.List;

/** A team lead's own team and its members. */
public record TeamOverview(String teamName, List<StaffRow> members) implements Serializable {

    public TeamOverview {
        members = List.copyOf(members);
    }
}
