package de.nahbar.it.team;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.fixtures.TestMeasures;
import de.nahbar.it.fixtures.TestProviders;
import de.nahbar.it.support.Deployments;
import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.TargetGroup;
import de.nahbar.provider.domain.DeficiencyCategory;
import de.nahbar.provider.service.DeficiencyForm;
import de.nahbar.provider.service.DeficiencyService;
import de.nahbar.provider.service.OpenDeficiencyRow;
import de.nahbar.provider.service.ProviderDirectoryQueries;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.RuleViolationException;
import de.nahbar.staff.domain.Role;
import de.nahbar.team.service.CaseworkerLoad;
import de.nahbar.team.service.ReassignmentRefusedException;
import de.nahbar.team.service.TeamCaseloadOverview;
import de.nahbar.team.service.TeamCaseloadService;

/**
 * The team lead's overviews on a data set whose every figure is known: caseload sizes, support
 * modes, customers under 25, the load under the legal key, overdue follow-ups, deputies; handing
 * customers over with a reason, all or none, within the own team only; the providers' open
 * deficiencies with the overdue first. Nobody but a team lead gets any of it.
 */
class TeamOverviewsIT extends ContainerTestCase {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(TeamOverviewsIT.class);
    }

    @EJB
    private TestCases cases;

    @EJB
    private TestMeasures measures;

    @EJB
    private TestProviders providers;

    @EJB
    private TeamCaseloadService caseloads;

    @EJB
    private ProviderDirectoryQueries directory;

    @EJB
    private DeficiencyService deficiencies;

    private String lead;
    private String anna;
    private String ben;
    private String outsider;
    private long annasYoung;
    private long outsidersCustomer;

    @BeforeEach
    void createTeamWithKnownCaseloads() {
        String team = staff.newTeam("Team Zahlen");
        lead = staff.newMember(team, Role.TEAM_LEAD);
        anna = staff.newMember(team, Role.CASEWORKER);
        ben = staff.newMember(team, Role.CASEWORKER);
        staff.newMember(team, Role.MEASURE_COORDINATOR);
        outsider = staff.newMember(staff.newTeam("Team Anderswo"), Role.CASEWORKER);
        LocalDate today = JobcenterTime.today();
        annasYoung = cases.newCustomer(anna, "Jung", today.minusYears(20));
        long annasAlsoYoung =
                cases.newCustomer(anna, "Auch Jung", today.minusYears(25).plusDays(1));
        long annasOlder = cases.newCustomer(anna, "Älter", today.minusYears(25));
        cases.makeActive(annasOlder);
        cases.addOverdue(annasYoung, FollowUpKind.FOLLOW_UP, 2, 5);
        cases.addOverdue(annasAlsoYoung, FollowUpKind.FOLLOW_UP, 1, -3);
        cases.newCustomer(ben, "Einzig", today.minusYears(40));
        cases.newDeputy(anna, ben, today, today.plusDays(10));
        cases.newDeputy(anna, ben, today.minusDays(20), today.minusDays(10));
        outsidersCustomer = cases.newCustomer(outsider, "Fremd", today.minusYears(30));
    }

    private CaseworkerLoad row(TeamCaseloadOverview overview, String username) {
        return overview.caseworkers().stream()
                .filter(r -> r.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyFigureOfTheTeamsCaseloadsIsExact() throws Exception {
        TeamCaseloadOverview overview = as(lead, PW, () -> caseloads.mine());

        assertThat(overview.caseworkers()).extracting(CaseworkerLoad::username).containsExactlyInAnyOrder(anna, ben);
        CaseworkerLoad a = row(overview, anna);
        assertEquals(
                List.of(3L, 1L, 2L, 2L, 1L, 2L),
                List.of(a.customers(), a.active(), a.observing(), a.under25(), a.from25(), a.overdueFollowUps()));
        // 100 × (2/75 + 1/150) = 3.33 %
        assertEquals(3, a.loadPercent());
        assertThat(a.deputies()).singleElement().satisfies(d -> {
            assertThat(d.from()).isEqualTo(JobcenterTime.today());
            assertThat(d.deputyName()).endsWith(ben.substring(3, 9));
        });
        CaseworkerLoad b = row(overview, ben);
        assertEquals(
                List.of(1L, 0L, 1L, 0L, 0L),
                List.of(b.customers(), b.active(), b.observing(), b.under25(), b.overdueFollowUps()));
        assertEquals(1, b.loadPercent());
        assertThat(b.deputies()).isEmpty();
        assertEquals(4, overview.customers());
        assertEquals(2, overview.under25());
        assertEquals(4, overview.loadPercent());
    }

    @Test
    void aHandoverMovesTheCustomersWithTheReasonAndShowsInTheFigures() throws Exception {
        String number = cases.customerNumber(annasYoung);

        int moved = as(lead, PW, () -> caseloads.reassign(List.of(number), ben, "Ausgleich der Bestände"));

        assertEquals(1, moved);
        assertEquals(ben, cases.caseworkerOf(annasYoung));
        assertThat(cases.reassignments(annasYoung)).containsExactly(anna + " → " + ben + ": Ausgleich der Bestände");
        TeamCaseloadOverview overview = as(lead, PW, () -> caseloads.mine());
        assertEquals(2, row(overview, anna).customers());
        assertEquals(2, row(overview, ben).customers());
        assertEquals(1, row(overview, ben).under25());
    }

    @Test
    void aHandoverOutsideTheOwnTeamIsRefusedWholeAndMovesNothing() throws Exception {
        String own = cases.customerNumber(annasYoung);
        String foreign = cases.customerNumber(outsidersCustomer);

        ReassignmentRefusedException refused = assertThrows(
                ReassignmentRefusedException.class,
                () -> as(lead, PW, () -> caseloads.reassign(List.of(own, foreign), ben, "Ausgleich")));
        assertThat(refused.numbers()).containsExactly(foreign);
        assertThrows(
                RuleViolationException.class,
                () -> as(lead, PW, () -> caseloads.reassign(List.of(own), outsider, "in ein anderes Team")));
        assertThrows(
                RuleViolationException.class,
                () -> as(lead, PW, () -> caseloads.reassign(List.of(own), anna, "an dieselbe Person")));

        assertEquals(anna, cases.caseworkerOf(annasYoung));
        assertEquals(outsider, cases.caseworkerOf(outsidersCustomer));
        assertThat(cases.reassignments(annasYoung)).isEmpty();
    }

    @Test
    void nobodyButATeamLeadSeesTheOverviewsOrHandsCustomersOver() throws Exception {
        String coordinator = staff.newMember(null, Role.MEASURE_COORDINATOR);
        String admin = staff.newMember(null, Role.ADMIN);
        String auditor = staff.newMember(null, Role.AUDITOR);
        String number = cases.customerNumber(annasYoung);
        for (String user : List.of(anna, coordinator, admin, auditor)) {
            assertThrows(EJBAccessException.class, () -> as(user, PW, () -> caseloads.mine()), user);
            assertThrows(
                    EJBAccessException.class,
                    () -> as(user, PW, () -> caseloads.reassign(List.of(number), ben, "x")),
                    user);
            assertThrows(EJBAccessException.class, () -> as(user, PW, () -> directory.openDeficiencies()), user);
        }
        assertEquals(anna, cases.caseworkerOf(annasYoung));
    }

    @Test
    void theProvidersOpenDeficienciesListThoseOverdueFirst() throws Exception {
        String coordinator = staff.newMember(null, Role.MEASURE_COORDINATOR);
        long measure =
                measures.newMeasure(coordinator, null, LegalBasis.SGB3_45, TargetGroup.ALL, EntryMode.FIXED_DATES);
        long provider = providers.providerOf(measure);
        long late = as(
                lead,
                PW,
                () -> deficiencies.open(
                        provider,
                        new DeficiencyForm(
                                DeficiencyCategory.REPORTING,
                                "Berichte fehlen.",
                                JobcenterTime.today().plusDays(5),
                                List.of(measure),
                                List.of())));
        long onTime = as(
                lead,
                PW,
                () -> deficiencies.open(
                        provider,
                        new DeficiencyForm(
                                DeficiencyCategory.PREMISES,
                                "Heizung defekt.",
                                JobcenterTime.today().plusDays(1),
                                List.of(measure),
                                List.of())));
        providers.deadline(late, JobcenterTime.today().minusDays(1));

        List<OpenDeficiencyRow> rows = as(lead, PW, () -> directory.openDeficiencies());

        OpenDeficiencyRow lateRow =
                rows.stream().filter(r -> r.deficiencyId() == late).findFirst().orElseThrow();
        assertThat(lateRow.overdue()).isTrue();
        assertThat(rows.stream()
                        .filter(r -> r.deficiencyId() == onTime)
                        .findFirst()
                        .orElseThrow()
                        .overdue())
                .isFalse();
        int firstOnTime =
                rows.indexOf(rows.stream().filter(r -> !r.overdue()).findFirst().orElseThrow());
        assertThat(rows.subList(firstOnTime, rows.size())).noneMatch(OpenDeficiencyRow::overdue);
        assertThat(rows.indexOf(lateRow)).isLessThan(firstOnTime);
    }
}
