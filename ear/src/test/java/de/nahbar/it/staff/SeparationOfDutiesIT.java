package de.nahbar.it.staff;

import static de.nahbar.it.fixtures.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.caseload.service.CustomersStillAssignedException;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.support.Deployments;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.RoleGrant;
import de.nahbar.staff.service.Confirmation;
import de.nahbar.staff.service.CurrentStaffService;
import de.nahbar.staff.service.GrantNotAllowedException;
import de.nahbar.staff.service.NewLogin;
import de.nahbar.staff.service.OwnLoginException;
import de.nahbar.staff.service.PasswordRefusedException;
import de.nahbar.staff.service.PendingGrant;
import de.nahbar.staff.service.RoleGrantService;
import de.nahbar.staff.service.StaffAdministrationService;
import de.nahbar.staff.service.WrongPasswordException;

/**
 * Separation of duties (issue 21, finding 2): an administrator can no longer make herself a
 * team lead under another name. Every role waits for a second person: another administrator, or
 * for caseworker and measure coordinator the lead of the login's team; never the one who asked,
 * never the one who gets it. The start password goes to the one who confirms; logins are
 * deactivated (not while customers are assigned) and taken roles end at once.
 */
class SeparationOfDutiesIT extends ContainerTestCase {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(SeparationOfDutiesIT.class);
    }

    @EJB
    private TestCases cases;

    @EJB
    private StaffAdministrationService administration;

    @EJB
    private RoleGrantService grants;

    @EJB
    private CurrentStaffService currentStaff;

    private String team;
    private String admin;
    private String secondAdmin;
    private String teamLead;
    private String leadOfOtherTeam;
    private String caseworker;
    private String auditor;

    @BeforeEach
    void createPeople() {
        team = staff.newTeam("Team Ost");
        String otherTeam = staff.newTeam("Team Nordost");
        admin = staff.newMember(null, Role.ADMIN);
        secondAdmin = staff.newMember(null, Role.ADMIN);
        teamLead = staff.newMember(team, Role.TEAM_LEAD);
        leadOfOtherTeam = staff.newMember(otherTeam, Role.TEAM_LEAD);
        caseworker = staff.newMember(team, Role.CASEWORKER);
        auditor = staff.newMember(null, Role.AUDITOR);
    }

    @Test
    void anAdministratorCannotMakeHerselfATeamLeadUnderAnotherName() throws Exception {
        String login = newLogin(Role.TEAM_LEAD);
        PendingGrant grant = pendingFor(secondAdmin, login);

        assertTrue(
                as(admin, PW, grants::decidable).stream()
                        .noneMatch(g -> g.username().equals(login)),
                "her own request is not hers to confirm");
        GrantNotAllowedException own = assertThrows(
                GrantNotAllowedException.class, () -> as(admin, PW, () -> grants.confirm(grant.id(), grant.version())));
        assertEquals(RoleGrant.Refusal.OWN_REQUEST, own.refusal());
        // the team's lead confirms caseworkers and coordinators of her team, never a team lead
        assertEquals(
                RoleGrant.Refusal.NOT_ENTITLED,
                assertThrows(
                                GrantNotAllowedException.class,
                                () -> as(teamLead, PW, () -> grants.confirm(grant.id(), grant.version())))
                        .refusal());
        assertThrows(
                SecurityException.class,
                () -> as(login, "irgendein Passwort", currentStaff::profile),
                "no password and no role before the confirmation");
        assertEquals("0", roleCount(login));
    }

    @Test
    void nobodyConfirmsARoleForHerself() throws Exception {
        String login = newLogin(Role.ADMIN);
        PendingGrant grant = pendingFor(secondAdmin, login);
        Confirmation confirmed = as(secondAdmin, PW, () -> grants.confirm(grant.id(), grant.version()));
        // now an administrator herself, the new login asks for more and may not confirm it
        as(admin, PW, () -> grants.request(id(login), Role.AUDITOR));
        PendingGrant forHerself = pendingFor(secondAdmin, login);
        assertTrue(as(login, confirmed.startPassword(), grants::decidable).stream()
                .noneMatch(g -> g.username().equals(login)));
        assertEquals(
                RoleGrant.Refusal.OWN_GRANT,
                assertThrows(
                                GrantNotAllowedException.class,
                                () -> as(
                                        login,
                                        confirmed.startPassword(),
                                        () -> grants.confirm(forHerself.id(), forHerself.version())))
                        .refusal());
    }

    @Test
    void aSecondAdministratorConfirmsAndHandsOverTheStartPasswordWhichMustBeReplaced() throws Exception {
        String login = newLogin(Role.TEAM_LEAD);
        PendingGrant grant = pendingFor(secondAdmin, login);

        Confirmation confirmed = as(secondAdmin, PW, () -> grants.confirm(grant.id(), grant.version()));

        assertNotNull(confirmed.startPassword());
        assertTrue(confirmed.startPassword().matches("([a-z2-9]{4}-){3}[a-z2-9]{4}"), confirmed.startPassword());
        assertEquals(
                Set.of(Role.TEAM_LEAD),
                as(login, confirmed.startPassword(), currentStaff::profile).roles());
        assertTrue(as(login, confirmed.startPassword(), currentStaff::standing).passwordMustChange());
        assertEquals(
                "GRANTED|TEAM_LEAD|" + admin + "|" + secondAdmin,
                cases.sqlString(
                        "select kind || '|' || role || '|'"
                                + " || actor || '|' || confirmed_by from staff_event where username = ? and kind = 'GRANTED'",
                        login));
        assertEquals(
                "START_PASSWORD|" + secondAdmin,
                cases.sqlString(
                        "select kind || '|' || actor from staff_event where username = ? and kind = 'START_PASSWORD'",
                        login));

        // her own password: the start password no longer works, nor does a weak one get in
        assertThrows(
                WrongPasswordException.class,
                () -> as(
                        login,
                        confirmed.startPassword(),
                        () -> currentStaff.changePassword("falsch", "Ein langer Satz am Kanal")));
        assertThrows(
                PasswordRefusedException.class,
                () -> as(
                        login,
                        confirmed.startPassword(),
                        () -> currentStaff.changePassword(confirmed.startPassword(), "passwort1234")));
        as(
                login,
                confirmed.startPassword(),
                () -> currentStaff.changePassword(confirmed.startPassword(), "Ein langer Satz am Kanal"));
        assertFalse(
                as(login, "Ein langer Satz am Kanal", currentStaff::standing).passwordMustChange());
        assertThrows(SecurityException.class, () -> as(login, confirmed.startPassword(), currentStaff::profile));
    }

    @Test
    void theLeadOfTheTeamConfirmsACaseworkerOfHerTeamAndNoOtherLeadDoes() throws Exception {
        String login = newLogin(Role.CASEWORKER);
        PendingGrant grant = pendingFor(teamLead, login);

        assertTrue(as(leadOfOtherTeam, PW, grants::decidable).stream()
                .noneMatch(g -> g.username().equals(login)));
        assertEquals(
                RoleGrant.Refusal.NOT_ENTITLED,
                assertThrows(
                                GrantNotAllowedException.class,
                                () -> as(leadOfOtherTeam, PW, () -> grants.confirm(grant.id(), grant.version())))
                        .refusal());

        Confirmation confirmed = as(teamLead, PW, () -> grants.confirm(grant.id(), grant.version()));
        assertEquals(
                Set.of(Role.CASEWORKER),
                as(login, confirmed.startPassword(), currentStaff::profile).roles());
        assertEquals(
                RoleGrant.Refusal.DECIDED,
                assertThrows(
                                GrantNotAllowedException.class,
                                () -> as(secondAdmin, PW, () -> grants.refuse(grant.id(), grant.version() + 1)))
                        .refusal());
    }

    @Test
    void aRefusedGrantGivesNothing() throws Exception {
        String login = newLogin(Role.MEASURE_COORDINATOR);
        PendingGrant grant = pendingFor(teamLead, login);
        as(teamLead, PW, () -> grants.refuse(grant.id(), grant.version()));

        assertEquals("0", roleCount(login));
        assertEquals(
                "GRANT_REFUSED|" + admin + "|" + teamLead,
                cases.sqlString(
                        "select kind || '|' || actor || '|'"
                                + " || confirmed_by from staff_event where username = ? and kind = 'GRANT_REFUSED'",
                        login));
    }

    @Test
    void onlyAdministratorsAndTeamLeadsDecideAndOnlyAdministratorsAskOrRevoke() throws Exception {
        String login = newLogin(Role.CASEWORKER);
        PendingGrant grant = pendingFor(teamLead, login);
        for (String forbidden : List.of(caseworker, auditor)) {
            assertThrows(EJBAccessException.class, () -> as(forbidden, PW, grants::decidable), forbidden);
            assertThrows(
                    EJBAccessException.class,
                    () -> as(forbidden, PW, () -> grants.confirm(grant.id(), grant.version())));
            assertThrows(
                    EJBAccessException.class,
                    () -> as(forbidden, PW, () -> grants.refuse(grant.id(), grant.version())));
        }
        for (String forbidden : List.of(caseworker, auditor, teamLead)) {
            assertThrows(
                    EJBAccessException.class, () -> as(forbidden, PW, () -> grants.request(id(login), Role.ADMIN)));
            assertThrows(
                    EJBAccessException.class,
                    () -> as(forbidden, PW, () -> grants.revoke(id(caseworker), Role.CASEWORKER)));
            assertThrows(
                    EJBAccessException.class,
                    () -> as(forbidden, PW, () -> grants.withdraw(grant.id(), grant.version())));
            assertThrows(
                    EJBAccessException.class, () -> as(forbidden, PW, () -> administration.deactivate(id(login), 0)));
            assertThrows(EJBAccessException.class, () -> as(forbidden, PW, () -> administration.detail(id(login))));
        }
    }

    @Test
    void aRoleTakenAwayEndsAtOnceAndIsLogged() throws Exception {
        long before = as(caseworker, PW, currentStaff::standing).accessRevision();
        as(admin, PW, () -> grants.revoke(id(caseworker), Role.CASEWORKER));

        assertEquals("0", roleCount(caseworker));
        assertEquals(
                before + 1,
                Long.parseLong(
                        cases.sqlString("select access_revision from staff_member where username = ?", caseworker)),
                "its open sessions end at their next request");
        assertEquals(
                "REVOKED|CASEWORKER|" + admin,
                cases.sqlString(
                        "select kind || '|' || role || '|' || actor"
                                + " from staff_event where username = ? and kind = 'REVOKED'",
                        caseworker));
        assertEquals(
                RoleGrant.Refusal.OWN_GRANT,
                assertThrows(
                                GrantNotAllowedException.class,
                                () -> as(admin, PW, () -> grants.revoke(id(admin), Role.ADMIN)))
                        .refusal(),
                "nahbar keeps its administrator");
    }

    @Test
    void aLeaverIsDeactivatedOnceHerCustomersAreHandedOver() throws Exception {
        long customer = cases.newCustomer(caseworker, "Leaver", LocalDate.of(1990, 1, 1));
        String colleague = staff.newMember(team, Role.CASEWORKER);
        cases.newDeputy(
                colleague,
                caseworker,
                JobcenterTime.today().minusDays(3),
                JobcenterTime.today().plusDays(10));
        cases.newDeputy(
                colleague,
                caseworker,
                JobcenterTime.today().plusDays(20),
                JobcenterTime.today().plusDays(30));

        assertThrows(
                CustomersStillAssignedException.class,
                () -> as(admin, PW, () -> administration.deactivate(id(caseworker), version(caseworker))));
        assertThrows(
                OwnLoginException.class,
                () -> as(admin, PW, () -> administration.deactivate(id(admin), version(admin))));

        cases.sql(
                "update customer set caseworker_id = (select id from staff_member where username = ?) where id = ?",
                colleague,
                customer);
        LocalDate before = JobcenterTime.today();
        as(admin, PW, () -> administration.deactivate(id(caseworker), version(caseworker)));
        LocalDate after = JobcenterTime.today(); // the service's "today" lies between the two, also across midnight

        assertThrows(
                SecurityException.class,
                () -> as(caseworker, PW, currentStaff::profile),
                "the login no longer gets in");
        assertEquals("0", roleCount(caseworker));
        assertTrue(
                List.of(before.minusDays(1).toString(), after.minusDays(1).toString())
                        .contains(cases.sqlString(
                                "select max(to_date) from deputy d join"
                                        + " staff_member m on m.id = d.deputy_id where m.username = ?",
                                caseworker)),
                "the period ends yesterday, the later one goes");
        assertEquals(
                "DEACTIVATED|" + admin,
                cases.sqlString(
                        "select kind || '|' || actor from staff_event" + " where username = ? and kind = 'DEACTIVATED'",
                        caseworker));

        as(admin, PW, () -> administration.reactivate(id(caseworker), version(caseworker)));
        assertTrue(as(caseworker, PW, currentStaff::standing).active());
        assertEquals("0", roleCount(caseworker), "back without roles");
    }

    private String newLogin(Role role) throws Exception {
        String login = "n.sod" + System.nanoTime() % 1_000_000;
        as(
                admin,
                PW,
                () -> administration.create(new NewLogin(
                        login,
                        "Nora",
                        "Zweifel",
                        null,
                        Long.valueOf(cases.sqlString("select id from team where name = ?", team)),
                        Set.of(role))));
        return login;
    }

    @Test
    void aDirectoryAccountsRolesAreNeitherAskedForNorTakenInNahbar() throws Exception {
        cases.sql("update staff_member set directory = true, password_hash = null where username = ?", caseworker);
        long member = id(caseworker);

        GrantNotAllowedException asked = assertThrows(
                GrantNotAllowedException.class, () -> as(admin, PW, () -> grants.request(member, Role.AUDITOR)));
        assertEquals(RoleGrant.Refusal.FROM_DIRECTORY, asked.refusal());
        GrantNotAllowedException taken = assertThrows(
                GrantNotAllowedException.class, () -> as(admin, PW, () -> grants.revoke(member, Role.CASEWORKER)));
        assertEquals(RoleGrant.Refusal.FROM_DIRECTORY, taken.refusal());
        assertEquals("1", cases.sqlString("select count(*) from staff_role where staff_member_id = ?", member));
    }

    private PendingGrant pendingFor(String decider, String login) throws Exception {
        return as(decider, PW, grants::decidable).stream()
                .filter(g -> g.username().equals(login))
                .findFirst()
                .orElseThrow(() -> new AssertionError(decider + " sees no request for " + login));
    }

    private long id(String username) {
        return Long.parseLong(cases.sqlString("select id from staff_member where username = ?", username));
    }

    private long version(String username) {
        return Long.parseLong(cases.sqlString("select version from staff_member where username = ?", username));
    }

    private String roleCount(String username) {
        return cases.sqlString(
                "select count(*) from staff_role r join staff_member m on m.id = r.staff_member_id"
                        + " where m.username = ?",
                username);
    }
}
