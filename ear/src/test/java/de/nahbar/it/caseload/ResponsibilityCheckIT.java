package de.nahbar.it.caseload;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.caseload.domain.ImportRun;
import de.nahbar.caseload.service.BenefitsImportService;
import de.nahbar.caseload.service.CaseAccessDeniedException;
import de.nahbar.caseload.service.CaseFileService;
import de.nahbar.caseload.service.MyDay;
import de.nahbar.caseload.service.MyDayService;
import de.nahbar.caseload.service.ResponsibilityCheck;
import de.nahbar.it.fixtures.BenefitsRows;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.support.Deployments;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.TeamKind;
import de.nahbar.staff.service.AssignmentRuleService;

/**
 * A customer who turns 25 leaves the U25 team for the team the rules name, with the case; the
 * old caseworker's deputy loses access, both caseworkers see the move on Mein Tag, and the
 * administrator sees beforehand who would move. A team without rules keeps whom it took.
 */
class ResponsibilityCheckIT extends ContainerTestCase {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ResponsibilityCheckIT.class);
    }

    @EJB
    private BenefitsImportService imports;

    @EJB
    private AssignmentRuleService rules;

    @EJB
    private ResponsibilityCheck check;

    @EJB
    private CaseFileService files;

    @EJB
    private MyDayService myDay;

    @EJB
    private TestCases cases;

    private String admin;
    private String youngTeam;
    private String adultTeam;
    private String young;
    private String adult;
    private String postalCode;

    @BeforeEach
    void aU25TeamAndAMarketTeamForOnePostalCode() throws Exception {
        admin = staff.newMember(null, Role.ADMIN);
        youngTeam = staff.newTeam("Team U25", TeamKind.U25);
        adultTeam = staff.newTeam("Team Markt");
        young = staff.newMember(youngTeam, Role.CASEWORKER);
        adult = staff.newMember(adultTeam, Role.CASEWORKER);
        postalCode = String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        as(admin, PW, () -> rules.add(null, young, "A", "Z", postalCode));
        as(admin, PW, () -> rules.add(null, adult, "A", "Z", postalCode));
    }

    private long arrive(LocalDate born) throws Exception {
        String number = TestCases.newCustomerNumber();
        byte[] file = BenefitsRows.file(BenefitsRows.row(number, "Hahn", born, postalCode, "", ""));
        assertThat(as(admin, PW, () -> imports.run("r.csv", file, ImportRun.Kind.DELTA, ImportRun.Mode.ALL_OR_NOTHING))
                        .applied())
                .isTrue();
        return Long.parseLong(
                cases.sqlString("select cast(id as varchar) from customer where customer_number = ?", number));
    }

    @Test
    void aCustomerWhoTurns25MovesToTheMarketTeamWithTheCase() throws Exception {
        LocalDate today = JobcenterTime.today();
        long id = arrive(today.minusYears(25).plusDays(1));
        assertThat(cases.caseworkerOf(id)).isEqualTo(young);
        String deputy = staff.newMember(youngTeam, Role.CASEWORKER);
        cases.newDeputy(young, deputy, today.minusDays(1), today.plusDays(5));
        assertThat(as(deputy, PW, () -> files.open(id, null)).summary().id()).isEqualTo(id);
        cases.sql("update customer set birth_date = ? where id = ?", today.minusYears(25), id);

        ResponsibilityCheck.Preview preview = as(admin, PW, () -> check.preview());

        assertThat(preview.flows()).anySatisfy(flow -> {
            assertThat(flow.fromTeam()).isEqualTo(youngTeam);
            assertThat(flow.toTeam()).isEqualTo(adultTeam);
            assertThat(flow.customers()).isEqualTo(1);
        });
        assertThat(cases.caseworkerOf(id)).as("a preview moves nobody").isEqualTo(young);

        as(admin, PW, () -> check.moveNow());

        assertThat(cases.caseworkerOf(id)).isEqualTo(adult);
        assertThat(cases.assignments(id))
                .last(InstanceOfAssertFactories.STRING)
                .startsWith("MOVE " + young + " → " + adult + " (rule ");
        assertThatThrownBy(() -> as(deputy, PW, () -> files.open(id, null)))
                .as("the old caseworker's deputy no longer sees the case")
                .isInstanceOf(CaseAccessDeniedException.class);
        MyDay before = as(young, PW, () -> myDay.today());
        assertThat(before.handovers()).anySatisfy(h -> {
            assertThat(h.incoming()).isFalse();
            assertThat(h.customerId()).as("no link to a case no longer hers").isNull();
            assertThat(h.reason()).startsWith("25. Geburtstag");
        });
        MyDay after = as(adult, PW, () -> myDay.today());
        assertThat(after.handovers())
                .filteredOn(h -> Long.valueOf(id).equals(h.customerId()))
                .singleElement()
                .satisfies(h -> assertThat(h.incoming()).isTrue());
        assertThat(as(admin, PW, () -> check.preview()).flows())
                .noneMatch(flow -> flow.fromTeam().equals(youngTeam));
    }

    @Test
    void aTeamWithoutRulesKeepsWhomItTookAndOnlyAdministratorsRunTheCheck() throws Exception {
        String caseManagement = staff.newTeam("Team Fallmanagement", TeamKind.CASE_MANAGEMENT);
        String manager = staff.newMember(caseManagement, Role.CASEWORKER);
        long id = cases.newCustomer(manager, "Ilse", LocalDate.of(1970, 1, 1));
        cases.sql("update customer set street = 'Weg 1', postal_code = ?, city = 'Stadt' where id = ?", postalCode, id);

        as(admin, PW, () -> check.moveNow());

        assertThat(cases.caseworkerOf(id)).isEqualTo(manager);
        for (String forbidden : new String[] {manager, staff.newMember(caseManagement, Role.TEAM_LEAD)}) {
            assertThatThrownBy(() -> as(forbidden, PW, () -> check.preview())).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> as(forbidden, PW, () -> check.moveNow())).isInstanceOf(EJBAccessException.class);
        }
    }
}
