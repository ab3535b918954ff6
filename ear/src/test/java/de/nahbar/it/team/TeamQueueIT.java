package de.nahbar.it.team;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.caseload.domain.ImportRun;
import de.nahbar.caseload.service.BenefitsImportService;
import de.nahbar.caseload.service.CaseAccessDeniedException;
import de.nahbar.caseload.service.CaseFileService;
import de.nahbar.caseload.service.CustomersStillAssignedException;
import de.nahbar.caseload.service.MyDay;
import de.nahbar.caseload.service.MyDayService;
import de.nahbar.it.fixtures.BenefitsRows;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.support.Deployments;
import de.nahbar.shared.service.RuleViolationException;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.service.AssignmentRuleService;
import de.nahbar.staff.service.MemberDetail;
import de.nahbar.staff.service.StaffAdministrationService;
import de.nahbar.team.service.QueueAssignmentRefusedException;
import de.nahbar.team.service.QueuedCustomer;
import de.nahbar.team.service.TeamQueueService;

/**
 * Customers no rule gives a caseworker wait in their team's queue, and so do a leaver's when the
 * administrator says so; the team lead of that team, and only they, sees the queue and assigns
 * from it, one or many at once, to caseworkers of the team; every step is history.
 */
class TeamQueueIT extends ContainerTestCase {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(TeamQueueIT.class);
    }

    @EJB
    private BenefitsImportService imports;

    @EJB
    private AssignmentRuleService rules;

    @EJB
    private TeamQueueService queue;

    @EJB
    private StaffAdministrationService administration;

    @EJB
    private CaseFileService files;

    @EJB
    private MyDayService myDay;

    @EJB
    private TestCases cases;

    private String admin;
    private String team;
    private String lead;
    private String caseworker;
    private String postalCode;

    @BeforeEach
    void aTeamWithARuleButNoCaseworkerRule() throws Exception {
        admin = staff.newMember(null, Role.ADMIN);
        team = staff.newTeam("Team Eingang");
        lead = staff.newMember(team, Role.TEAM_LEAD);
        caseworker = staff.newMember(team, Role.CASEWORKER);
        postalCode = String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        long teamId = Long.parseLong(cases.sqlString("select cast(id as varchar) from team where name = ?", team));
        as(admin, PW, () -> rules.add(teamId, null, "A", "Z", postalCode));
    }

    private long arrive(String lastName) throws Exception {
        String number = TestCases.newCustomerNumber();
        byte[] file =
                BenefitsRows.file(BenefitsRows.row(number, lastName, LocalDate.of(1982, 4, 4), postalCode, "", ""));
        BenefitsImportService.Result result =
                as(admin, PW, () -> imports.run("t.csv", file, ImportRun.Kind.DELTA, ImportRun.Mode.ALL_OR_NOTHING));
        assertThat(result.applied()).isTrue();
        return Long.parseLong(
                cases.sqlString("select cast(id as varchar) from customer where customer_number = ?", number));
    }

    @Test
    void aNewCustomerNoCaseworkerRuleNamesWaitsInTheTeamsQueueUntilTheLeadAssignsThem() throws Exception {
        long first = arrive("Adam");
        long second = arrive("Bauer");

        assertThat(cases.caseworkerOf(first)).isEqualTo("queue:" + team);
        assertThat(cases.assignments(first))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("ARRIVAL - → queue:" + team + " (rule ");
        TeamQueueService.Summary summary = as(lead, PW, () -> queue.summary());
        assertThat(summary.waiting()).isEqualTo(2);
        assertThat(summary.oldest()).isNotNull();
        List<QueuedCustomer> page = as(lead, PW, () -> queue.page(0, 20));
        assertThat(page).extracting(QueuedCustomer::id).containsExactly(first, second);
        assertThat(page.get(0).reason()).isEqualTo("Leistungsdatei");
        assertThatThrownBy(() -> as(caseworker, PW, () -> files.open(first, null)))
                .as("in the queue the case is nobody's caseload")
                .isInstanceOf(CaseAccessDeniedException.class);

        int assigned = as(lead, PW, () -> queue.assign(List.of(first, second), caseworker));

        assertThat(assigned).isEqualTo(2);
        assertThat(cases.caseworkerOf(first)).isEqualTo(caseworker);
        assertThat(cases.assignments(second))
                .last(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .isEqualTo("FROM_QUEUE queue:" + team + " → " + caseworker);
        assertThat(as(lead, PW, () -> queue.summary()).waiting()).isZero();
        assertThat(as(caseworker, PW, () -> files.open(first, null)).summary().customerNumber())
                .isEqualTo(cases.customerNumber(first));
        MyDay day = as(caseworker, PW, () -> myDay.today());
        assertThat(day.handovers())
                .filteredOn(h -> Long.valueOf(first).equals(h.customerId()))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.incoming()).isTrue();
                    assertThat(h.otherQueue()).isEqualTo(team);
                });
    }

    @Test
    void onlyTheLeadOfTheQueuesTeamAssignsFromItAndOnlyToTheTeamsCaseworkers() throws Exception {
        long waiting = arrive("Claus");
        String otherTeam = staff.newTeam("Team Anders");
        String otherLead = staff.newMember(otherTeam, Role.TEAM_LEAD);
        String otherCaseworker = staff.newMember(otherTeam, Role.CASEWORKER);

        assertThat(as(otherLead, PW, () -> queue.page(0, 20))).isEmpty();
        assertThatThrownBy(() -> as(otherLead, PW, () -> queue.assign(List.of(waiting), otherCaseworker)))
                .isInstanceOf(QueueAssignmentRefusedException.class);
        assertThatThrownBy(() -> as(lead, PW, () -> queue.assign(List.of(waiting), otherCaseworker)))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo("caseworker");
        for (String forbidden : new String[] {caseworker, admin}) {
            assertThatThrownBy(() -> as(forbidden, PW, () -> queue.assign(List.of(waiting), caseworker)))
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> as(forbidden, PW, () -> queue.page(0, 20))).isInstanceOf(EJBAccessException.class);
        }
        assertThat(cases.caseworkerOf(waiting)).as("nothing moved").isEqualTo("queue:" + team);
    }

    @Test
    void aLeaversCustomersGoToTheTeamsQueueWhenTheAdministratorSaysSo() throws Exception {
        String leaver = staff.newMember(team, Role.CASEWORKER);
        long customer = cases.newCustomer(leaver, "Dorn", LocalDate.of(1977, 7, 7));
        long leaverId = Long.parseLong(
                cases.sqlString("select cast(id as varchar) from staff_member where username = ?", leaver));
        MemberDetail detail =
                as(admin, PW, () -> administration.detail(leaverId)).orElseThrow();

        assertThatThrownBy(() -> as(admin, PW, () -> administration.deactivate(leaverId, detail.version())))
                .isInstanceOf(CustomersStillAssignedException.class);

        as(admin, PW, () -> administration.deactivateQueuingCustomers(leaverId, detail.version()));

        assertThat(cases.caseworkerOf(customer)).isEqualTo("queue:" + team);
        assertThat(cases.assignments(customer))
                .last(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .isEqualTo("QUEUED " + leaver + " → queue:" + team);
        assertThat(cases.sqlString("select cast(active as varchar) from staff_member where username = ?", leaver))
                .isEqualTo("false");
        assertThat(as(lead, PW, () -> queue.page(0, 20)))
                .extracting(QueuedCustomer::id)
                .contains(customer);
    }
}
