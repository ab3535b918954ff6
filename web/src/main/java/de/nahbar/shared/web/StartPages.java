package de.nahbar.shared.web;

import java.util.Map;

import de.nahbar.staff.domain.Role;

/** The page each role starts on, and the navigation entry that leads there. */
public final class StartPages {

    private static final Map<Role, String> VIEW_BY_ROLE = Map.of(
            Role.CASEWORKER, "/caseload/today.xhtml",
            Role.MEASURE_COORDINATOR, "/measure/mine.xhtml",
            Role.TEAM_LEAD, "/team/overview.xhtml",
            Role.ADMIN, "/admin/staff.xhtml",
            Role.AUDITOR, "/audit/access-log.xhtml");

    private StartPages() {
    }

    public static String viewOf(Role role) {
        return VIEW_BY_ROLE.get(role);
    }

    /** Bundle key of the navigation label: "nav.CASEWORKER" etc. */
    public static String labelKeyOf(Role role) {
        return "nav." + role.name();
    }
}
