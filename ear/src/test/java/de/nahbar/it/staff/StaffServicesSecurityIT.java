package de.nahbar.it.staff;

import static de.nahbar.it.fixtures.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.audit.service.AccessLogFilter;
import de.nahbar.audit.service.AccessLogQueries;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.support.Deployments;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.service.CurrentStaffService;
import de.nahbar.staff.service.NewLogin;
import de.nahbar.staff.service.StaffAdministrationService;
import de.nahbar.staff.service.StaffProfile;
import de.nahbar.staff.service.StaffRow;
import de.nahbar.staff.service.TeamOverview;
import de.nahbar.staff.service.TeamOverviewService;
import de.nahbar.staff.service.UsernameTakenException;

/** Every staff service admits its roles and refuses everyone else, in the EJB layer. */
class StaffServicesSecurityIT extends ContainerTestCase {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(StaffServicesSecurityIT.class);
    }

    @EJB
    private CurrentStaffService currentStaff;

    @EJB
    private StaffAdministrationService administration;

    @EJB
    private TeamOverviewService teamOverview;

    @EJB
    private AccessLogQueries accessLog;

    @EJB
    private TestCases cases;

    private String team;
    private String otherTeam;
    private String caseworker;
    private String teamLead;
    private String admin;
    private String auditor;
    private String colleagueInOtherTeam;

    @BeforeEach
    void createPeople() {
        team = staff.newTeam("Team Süd");
        otherTeam = staff.newTeam("Team West");
        caseworker = staff.newMember(team, Role.CASEWORKER);
        teamLead = staff.newMember(team, Role.TEAM_LEAD, Role.CASEWORKER);
        admin = staff.newMember(null, Role.ADMIN);
        auditor = staff.newMember(null, Role.AUDITOR);
        colleagueInOtherTeam = staff.newMember(otherTeam, Role.CASEWORKER);
    }

    @Test
    void everyoneLoggedInSeesTheirOwnProfile() throws Exception {
        StaffProfile profile = as(teamLead, PW, currentStaff::profile);

        assertEquals(teamLead, profile.username());
        assertEquals(team, profile.teamName());
        assertEquals(Set.of(Role.TEAM_LEAD, Role.CASEWORKER), profile.roles());
        assertEquals(auditor, as(auditor, PW, currentStaff::profile).username());
    }

    @Test
    void anonymousCallerGetsNoProfile() {
        assertThrows(EJBAccessException.class, currentStaff::profile);
    }

    @Test
    void onlyAdministratorsListStaff() throws Exception {
        List<StaffRow> found = as(admin, PW, () -> administration.list(caseworker, false, 0, 10));
        assertEquals(List.of(caseworker), found.stream().map(StaffRow::username).toList());
        assertEquals(List.of(Role.CASEWORKER), found.get(0).roles());
        assertEquals(team, found.get(0).teamName());

        for (String forbidden : List.of(caseworker, teamLead, auditor)) {
            assertThrows(
                    EJBAccessException.class,
                    () -> as(forbidden, PW, () -> administration.list(null, false, 0, 10)),
                    forbidden + " must not list staff");
            assertThrows(EJBAccessException.class, () -> as(forbidden, PW, () -> administration.count(null, false)));
        }
    }

    @Test
    void anAdministratorCreatesALoginWithoutPasswordOrRolesUntilASecondPersonConfirms() throws Exception {
        String login = "n.neu" + System.nanoTime() % 100000;
        long id = as(
                admin,
                PW,
                () -> administration.create(new NewLogin(
                        login,
                        "Nina",
                        "Neu",
                        "nina.neu@jobcenter.example",
                        null,
                        Set.of(Role.CASEWORKER, Role.MEASURE_COORDINATOR))));

        assertTrue(id > 0);
        assertEquals(
                "0",
                cases.sqlString(
                        "select count(*) from staff_role r join staff_member m on m.id = r.staff_member_id"
                                + " where m.username = ?",
                        login),
                "no role before a second person confirms");
        assertEquals(null, cases.sqlString("select password_hash from staff_member where username = ?", login));
        assertEquals(
                "CREATED|" + admin + ",GRANT_REQUESTED|" + admin + ",GRANT_REQUESTED|" + admin,
                cases.sqlString(
                        "select string_agg(kind || '|' || actor, ',' order by id) from staff_event where username = ?",
                        login));
        // a login name is given once
        assertThrows(
                UsernameTakenException.class,
                () -> as(
                        admin,
                        PW,
                        () -> administration.create(
                                new NewLogin(login, "Nils", "Neu", null, null, Set.of(Role.AUDITOR)))));
    }

    @Test
    void onlyAdministratorsCreateLoginsAndLiftLocks() {
        NewLogin login = new NewLogin("x.versuch", "X", "Versuch", null, null, Set.of(Role.ADMIN));
        for (String forbidden : List.of(caseworker, teamLead, auditor)) {
            assertThrows(
                    EJBAccessException.class,
                    () -> as(forbidden, PW, () -> administration.create(login)),
                    forbidden + " must not create logins");
            assertThrows(
                    EJBAccessException.class,
                    () -> as(forbidden, PW, () -> {
                        administration.unlock(1L);
                        return null;
                    }),
                    forbidden + " must not lift locks");
        }
    }

    @Test
    void staffSearchTakesWildcardsLiterally() throws Exception {
        assertEquals(0L, as(admin, PW, () -> administration.count("%", false)));
        assertTrue(as(admin, PW, () -> administration.count(team.substring(5), false)) >= 2);
    }

    @Test
    void teamLeadSeesOnlyTheirOwnTeam() throws Exception {
        TeamOverview overview = as(teamLead, PW, teamOverview::myTeam);

        assertEquals(team, overview.teamName());
        List<String> members =
                overview.members().stream().map(StaffRow::username).toList();
        assertTrue(members.containsAll(List.of(caseworker, teamLead)), members.toString());
        assertFalse(members.contains(colleagueInOtherTeam), "a member of another team leaked: " + members);
    }

    @Test
    void caseworkerAndAdminCannotOpenTheTeamOverview() {
        assertThrows(EJBAccessException.class, () -> as(caseworker, PW, teamOverview::myTeam));
        assertThrows(EJBAccessException.class, () -> as(admin, PW, teamOverview::myTeam));
    }

    @Test
    void onlyAuditorsSearchTheAccessLog() throws Exception {
        assertTrue(as(auditor, PW, () -> accessLog.count(AccessLogFilter.none())) >= 0);

        for (String forbidden : List.of(caseworker, teamLead, admin)) {
            assertThrows(
                    EJBAccessException.class,
                    () -> as(forbidden, PW, () -> accessLog.search(AccessLogFilter.none(), 0, 10)),
                    forbidden + " must not read the access log");
        }
    }
}
