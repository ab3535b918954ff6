package de.nahbar.staff.web;

import java.util.List;

import de.nahbar.staff.domain.Role;

/** The navigation of each role; a role's first entry is its start page. */
public final class StartPages {

    /** One navigation entry: the role that sees it, its view and the bundle key of its label. */
    public record Entry(Role role, String view, String labelKey) {}

    static final List<Entry> MENU = List.of(
            new Entry(Role.CASEWORKER, "/caseload/today.xhtml", "nav.myDay"),
            new Entry(Role.CASEWORKER, "/caseload/list.xhtml", "nav.caseload"),
            new Entry(Role.CASEWORKER, "/caseload/deputies.xhtml", "nav.deputies"),
            new Entry(Role.CASEWORKER, "/measure/catalogue.xhtml", "nav.catalogue"),
            new Entry(Role.CASEWORKER, "/provider/directory.xhtml", "nav.providers"),
            new Entry(Role.CASEWORKER, "/reach/settings.xhtml", "nav.reach"),
            new Entry(Role.MEASURE_COORDINATOR, "/measure/mine.xhtml", "nav.myMeasures"),
            new Entry(Role.MEASURE_COORDINATOR, "/measure/catalogue.xhtml", "nav.catalogue"),
            new Entry(Role.MEASURE_COORDINATOR, "/measure/import.xhtml", "nav.import"),
            new Entry(Role.MEASURE_COORDINATOR, "/provider/directory.xhtml", "nav.providers"),
            new Entry(Role.TEAM_LEAD, "/team/overview.xhtml", "nav.myTeam"),
            new Entry(Role.TEAM_LEAD, "/team/occupancy.xhtml", "nav.occupancy"),
            new Entry(Role.TEAM_LEAD, "/caseload/deputies.xhtml", "nav.deputies"),
            new Entry(Role.TEAM_LEAD, "/measure/catalogue.xhtml", "nav.catalogue"),
            new Entry(Role.TEAM_LEAD, "/provider/directory.xhtml", "nav.providers"),
            new Entry(Role.TEAM_LEAD, "/staff/approvals.xhtml", "nav.approvals"),
            new Entry(Role.ADMIN, "/admin/staff.xhtml", "nav.staff"),
            new Entry(Role.ADMIN, "/admin/organisation.xhtml", "nav.organisation"),
            new Entry(Role.ADMIN, "/admin/benefits.xhtml", "nav.benefits"),
            new Entry(Role.ADMIN, "/measure/import.xhtml", "nav.import"),
            new Entry(Role.ADMIN, "/measure/catalogue.xhtml", "nav.catalogue"),
            new Entry(Role.ADMIN, "/provider/directory.xhtml", "nav.providers"),
            new Entry(Role.ADMIN, "/admin/responsibilities.xhtml", "nav.responsibilities"),
            new Entry(Role.ADMIN, "/staff/approvals.xhtml", "nav.approvals"),
            new Entry(Role.AUDITOR, "/audit/access-log.xhtml", "nav.accessLog"));

    private StartPages() {}

    public static String viewOf(Role role) {
        return MENU.stream()
                .filter(e -> e.role() == role)
                .findFirst()
                .map(Entry::view)
                .orElseThrow();
    }
}
