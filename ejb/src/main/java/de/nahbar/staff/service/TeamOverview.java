package de.nahbar.staff.service;

import java.util.List;

/** A team lead's own team and its members. */
public record TeamOverview(String teamName, List<StaffRow> members) implements java.io.Serializable {

    public TeamOverview {
        members = List.copyOf(members);
    }
}
