package de.nahbar.it.caseload;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.caseload.domain.ExitReason;
import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.caseload.service.CaseAccessDeniedException;
import de.nahbar.caseload.service.CaseClosedException;
import de.nahbar.caseload.service.CaseExitService;
import de.nahbar.caseload.service.CaseFile;
import de.nahbar.caseload.service.CaseFileService;
import de.nahbar.caseload.service.CaseloadFilter;
import de.nahbar.caseload.service.CaseloadQueries;
import de.nahbar.caseload.service.CaseloadSort;
import de.nahbar.caseload.service.CaseworkService;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.fixtures.TestMeasures;
import de.nahbar.it.support.Deployments;
import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.measure.domain.TargetGroup;
import de.nahbar.measure.service.CoordinationService;
import de.nahbar.measure.service.PlacementService;
import de.nahbar.reach.service.CallLookupService;
import de.nahbar.reach.service.CallMatch;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.RuleViolationException;
import de.nahbar.staff.domain.Role;

/**
 * A customer leaves (Abmeldung): the case leaves the caseload, its counts and the caller lookup
 * (which names the day it closed), its open follow-ups end, a held place goes to the waiting list
 * at once, and the case stays readable but refuses every change.
 */
class CaseExitIT extends ContainerTestCase {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CaseExitIT.class);
    }

    @EJB
    private TestCases cases;

    @EJB
    private TestMeasures measures;

    @EJB
    private CaseExitService exits;

    @EJB
    private CaseloadQueries caseload;

    @EJB
    private CaseFileService caseFiles;

    @EJB
    private CaseworkService casework;

    @EJB
    private PlacementService placements;

    @EJB
    private CallLookupService lookup;

    @EJB
    private CoordinationService coordination;

    private String team;
    private String caseworker;
    private long customer;

    @BeforeEach
    void aCustomer() {
        team = staff.newTeam("Team Abmeldung");
        caseworker = staff.newMember(team, Role.CASEWORKER);
        customer = cases.newCustomer(caseworker, "Abgang", LocalDate.of(1988, 3, 4));
    }

    @Test
    void aClosedCaseLeavesListsCountsAndLookupEndsItsFollowUpsAndFreesItsPlaceForTheWaitingList() throws Exception {
        long stays = cases.newCustomer(caseworker, "Bleibt", LocalDate.of(1990, 1, 1));
        String coordinator = staff.newMember(team, Role.MEASURE_COORDINATOR);
        long measure =
                measures.newMeasure(coordinator, null, LegalBasis.SGB3_45, TargetGroup.ALL, EntryMode.FIXED_DATES);
        long entry = measures.newEntryDate(measure, JobcenterTime.today().plusDays(14), 1);
        long held = as(caseworker, PW, () -> placements.reserve(measures.consent(customer, measure), entry));
        long waiting = as(caseworker, PW, () -> placements.joinWaitingList(measures.consent(stays, measure), entry));
        long course =
                measures.newMeasure(coordinator, null, LegalBasis.SGB3_45, TargetGroup.ALL, EntryMode.FIXED_DATES);
        long running = measures.placement(
                customer,
                measures.newEntryDate(course, JobcenterTime.today().minusDays(7), 5),
                PlacementStatus.STARTED,
                null);
        cases.addOverdue(customer, FollowUpKind.COMMITMENT, 2, 3);
        long before = as(caseworker, PW, () -> caseload.counts()).all();
        String number = cases.customerNumber(customer);

        as(caseworker, PW, () -> exits.close(customer, version(), JobcenterTime.today(), ExitReason.WORK));

        assertThat(as(caseworker, PW, () -> caseload.counts()).all()).isEqualTo(before - 1);
        assertThat(as(caseworker, PW, () -> caseload.page(CaseloadFilter.none(), CaseloadSort.NAME, true, 0, 500)))
                .noneMatch(row -> row.id() == customer)
                .anyMatch(row -> row.id() == stays);
        assertThat(as(caseworker, PW, () -> lookup.find(number)))
                .singleElement()
                .satisfies(match -> assertThat(match.closedOn()).isEqualTo(JobcenterTime.today()))
                .extracting(CallMatch::closed)
                .isEqualTo(true);
        assertThat(cases.sqlString(
                        "select count(*) from follow_up where customer_id = ? and done_at is null", customer))
                .as("open commitments end with the case")
                .isEqualTo("0");
        assertThat(measures.status(held)).isEqualTo(PlacementStatus.WITHDRAWN);
        assertThat(measures.status(waiting))
                .as("the freed place went to the waiting list at once")
                .isEqualTo(PlacementStatus.RESERVED);
        assertThat(measures.taken(entry)).isEqualTo(1);
        assertThat(measures.status(running))
                .as("a running participation is the provider's and coordinator's to end")
                .isEqualTo(PlacementStatus.STARTED);
        assertThat(as(coordinator, PW, () -> coordination.participants(course)))
                .singleElement()
                .satisfies(row -> assertThat(row.caseClosedOn()).isEqualTo(JobcenterTime.today()));
    }

    @Test
    void aClosedCaseStaysReadableWithItsAccessLoggedButRefusesEveryChange() throws Exception {
        as(caseworker, PW, () -> exits.close(customer, version(), JobcenterTime.today(), ExitReason.MOVED_AWAY));
        long logged = cases.accessLogEntries(caseworker, customer);

        CaseFile file = as(caseworker, PW, () -> caseFiles.open(customer, null));
        assertThat(file.writable()).isFalse();
        assertThat(file.summary().closedOn()).isEqualTo(JobcenterTime.today());
        assertThat(file.summary().exitReason()).isEqualTo(ExitReason.MOVED_AWAY);
        assertThat(cases.accessLogEntries(caseworker, customer)).isEqualTo(logged + 1);

        assertThatThrownBy(() -> as(caseworker, PW, () -> casework.addNote(customer, "Nachtrag")))
                .isInstanceOf(CaseClosedException.class);
        assertThatThrownBy(() -> as(
                        caseworker,
                        PW,
                        () -> casework.addFollowUp(
                                customer, FollowUpKind.FOLLOW_UP, "Nachfragen", JobcenterTime.today())))
                .isInstanceOf(CaseClosedException.class);
        assertThatThrownBy(() -> as(
                        caseworker,
                        PW,
                        () -> exits.close(customer, version(), JobcenterTime.today(), ExitReason.OTHER)))
                .as("closed once")
                .isInstanceOf(CaseClosedException.class);
    }

    @Test
    void anExitInTheFutureOrWithoutReasonIsRefusedAtItsFieldAndChangesNothing() throws Exception {
        assertThatThrownBy(() -> as(
                        caseworker,
                        PW,
                        () -> exits.close(
                                customer, version(), JobcenterTime.today().plusDays(1), ExitReason.WORK)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("closedOn");
                    assertThat(e.messageKey()).isEqualTo("caseExit.notInFuture");
                });
        assertThatThrownBy(
                        () -> as(caseworker, PW, () -> exits.close(customer, version(), JobcenterTime.today(), null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("exitReason"));
        assertThat(cases.sqlString("select closed_on from customer where id = ?", customer))
                .isNull();
    }

    @Test
    void onlyTheCaseworkerOrDeputyClosesACaseNeverAColleagueTeamLeadOrAdministrator() throws Exception {
        String colleague = staff.newMember(team, Role.CASEWORKER);
        assertThatThrownBy(() -> as(
                        colleague, PW, () -> exits.close(customer, version(), JobcenterTime.today(), ExitReason.WORK)))
                .isInstanceOf(CaseAccessDeniedException.class);
        for (String forbidden : new String[] {
            staff.newMember(team, Role.TEAM_LEAD),
            staff.newMember(null, Role.ADMIN),
            staff.newMember(null, Role.AUDITOR)
        }) {
            assertThatThrownBy(() -> as(
                            forbidden,
                            PW,
                            () -> exits.close(customer, version(), JobcenterTime.today(), ExitReason.WORK)))
                    .isInstanceOf(EJBAccessException.class);
        }
        assertThat(cases.sqlString("select closed_on from customer where id = ?", customer))
                .isNull();
    }

    private long version() {
        return Long.parseLong(cases.sqlString("select version from customer where id = ?", customer));
    }
}
