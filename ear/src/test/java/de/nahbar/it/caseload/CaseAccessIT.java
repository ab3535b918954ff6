package de.nahbar.it.caseload;

import static de.nahbar.it.fixtures.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.audit.domain.AccessPurpose;
import de.nahbar.audit.service.AccessLogFilter;
import de.nahbar.audit.service.AccessLogQueries;
import de.nahbar.audit.service.AccessLogRow;
import de.nahbar.caseload.domain.ContactChannel;
import de.nahbar.caseload.service.CaseAccessDeniedException;
import de.nahbar.caseload.service.CaseFile;
import de.nahbar.caseload.service.CaseFileService;
import de.nahbar.caseload.service.CaseloadFilter;
import de.nahbar.caseload.service.CaseloadQueries;
import de.nahbar.caseload.service.CaseloadRow;
import de.nahbar.caseload.service.CaseloadSort;
import de.nahbar.caseload.service.CaseworkService;
import de.nahbar.caseload.service.DeputyNotAllowedException;
import de.nahbar.caseload.service.DeputyService;
import de.nahbar.caseload.service.ReasonRequiredException;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.support.Deployments;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.Role;

/** Who may read and change which case (docs/design.md §4), and that every read is logged. */
class CaseAccessIT extends ContainerTestCase {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CaseAccessIT.class);
    }

    @EJB
    private TestCases cases;

    @EJB
    private CaseFileService files;

    @EJB
    private CaseworkService casework;

    @EJB
    private CaseloadQueries caseload;

    @EJB
    private DeputyService deputies;

    @EJB
    private AccessLogQueries accessLog;

    private String owner;
    private String colleague;
    private String teamLead;
    private String otherTeamLead;
    private String otherTeamCaseworker;
    private String auditor;
    private long customer;

    @BeforeEach
    void createTeamsAndCase() {
        String team = staff.newTeam("Team Mitte");
        String otherTeam = staff.newTeam("Team Ost");
        owner = staff.newMember(team, Role.CASEWORKER);
        colleague = staff.newMember(team, Role.CASEWORKER);
        teamLead = staff.newMember(team, Role.TEAM_LEAD);
        otherTeamLead = staff.newMember(otherTeam, Role.TEAM_LEAD);
        otherTeamCaseworker = staff.newMember(otherTeam, Role.CASEWORKER);
        auditor = staff.newMember(null, Role.AUDITOR);
        customer = cases.newCustomer(owner, "Yıldız", LocalDate.of(1988, 3, 1));
    }

    @Test
    void caseworkerReadsAndWritesOwnCaseAndTheReadIsLogged() throws Exception {
        CaseFile file = as(owner, PW, () -> files.open(customer, null));
        as(owner, PW, () -> casework.addNote(customer, "Erstgespräch geführt"));

        assertTrue(file.writable());
        assertEquals(AccessPurpose.CASEWORK, file.purpose());
        assertEquals(1, cases.accessLogEntries(owner, customer));
    }

    @Test
    void colleagueWithoutDeputyIsRefusedAndLearnsNothing() {
        assertThrows(CaseAccessDeniedException.class, () -> as(colleague, PW, () -> files.open(customer, null)));
        assertThrows(CaseAccessDeniedException.class, () -> as(colleague, PW, () -> casework.addNote(customer, "x")));
        assertThrows(
                CaseAccessDeniedException.class,
                () -> as(
                        otherTeamCaseworker,
                        PW,
                        () -> casework.logContact(customer, ContactChannel.PHONE_IN, Instant.now(), 5, "Anruf", null)));
        assertThrows(CaseAccessDeniedException.class, () -> as(colleague, PW, () -> files.open(Long.MAX_VALUE, null)));
        assertEquals(0, cases.accessLogEntries(colleague, customer));
    }

    @Test
    void deputyWorksTheCaseloadDuringThePeriodOnly() throws Exception {
        LocalDate today = JobcenterTime.today();
        as(owner, PW, () -> deputies.appoint(owner, colleague, today, today.plusDays(7)));

        CaseFile file = as(colleague, PW, () -> files.open(customer, null));
        assertEquals(AccessPurpose.DEPUTY, file.purpose());
        as(colleague, PW, () -> casework.addNote(customer, "Vertretung: Anruf entgegengenommen"));
        List<CaseloadRow> rows =
                as(colleague, PW, () -> caseload.page(CaseloadFilter.none(), CaseloadSort.NAME, true, 0, 50));
        assertTrue(rows.stream().anyMatch(r -> r.id() == customer && r.deputised()), "deputised customer listed");
    }

    @Test
    void deputyAccessEndsWithThePeriodWithoutAnyoneActing() throws Exception {
        LocalDate today = JobcenterTime.today();
        cases.newDeputy(owner, colleague, today.minusDays(14), today.minusDays(1));
        cases.newDeputy(owner, colleague, today.plusDays(1), today.plusDays(5));

        assertThrows(CaseAccessDeniedException.class, () -> as(colleague, PW, () -> files.open(customer, null)));
        assertEquals(0L, as(colleague, PW, () -> caseload.count(CaseloadFilter.none())));
    }

    @Test
    void caseworkerCannotAppointDeputiesForOthersOrOutsideTheTeam() {
        LocalDate today = LocalDate.now();
        assertThrows(
                DeputyNotAllowedException.class,
                () -> as(colleague, PW, () -> deputies.appoint(owner, colleague, today, today.plusDays(3))));
        assertThrows(
                DeputyNotAllowedException.class,
                () -> as(owner, PW, () -> deputies.appoint(owner, otherTeamCaseworker, today, today.plusDays(3))));
    }

    @Test
    void teamLeadOpensACaseOfTheTeamOnlyWithAReasonAndReadsOnly() throws Exception {
        assertThrows(ReasonRequiredException.class, () -> as(teamLead, PW, () -> files.open(customer, null)));
        assertThrows(ReasonRequiredException.class, () -> as(teamLead, PW, () -> files.open(customer, "kurz")));
        assertEquals(0, cases.accessLogEntries(teamLead, customer));

        String reason = "Beschwerde des Kunden vom 20.11. prüfen";
        CaseFile file = as(teamLead, PW, () -> files.open(customer, reason));

        assertFalse(file.writable());
        assertEquals(1, cases.accessLogEntries(teamLead, customer));
        assertThrows(EJBAccessException.class, () -> as(teamLead, PW, () -> casework.addNote(customer, "x")));
        CaseFile ownersView = as(owner, PW, () -> files.open(customer, null));
        assertTrue(
                ownersView.accesses().stream().anyMatch(a -> a.actor().equals(teamLead) && reason.equals(a.reason())),
                "owner sees who looked and why");
    }

    @Test
    void teamLeadOfAnotherTeamIsRefusedEvenWithAReason() {
        assertThrows(
                CaseAccessDeniedException.class,
                () -> as(otherTeamLead, PW, () -> files.open(customer, "Ich möchte nur einmal nachsehen")));
    }

    @Test
    void auditorFindsTheAccessesAndCannotOpenCases() throws Exception {
        as(owner, PW, () -> files.open(customer, null));
        String number = cases.customerNumber(customer);

        List<AccessLogRow> rows =
                as(auditor, PW, () -> accessLog.search(new AccessLogFilter(null, number, null, null), 0, 10));
        assertEquals(List.of(owner), rows.stream().map(AccessLogRow::actor).toList());
        assertThrows(EJBAccessException.class, () -> as(auditor, PW, () -> files.open(customer, "Prüfung")));
    }
}
