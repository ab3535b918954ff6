package de.nahbar.it.caseload;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.caseload.domain.ImportRun;
import de.nahbar.caseload.service.BenefitsImportService;
import de.nahbar.caseload.service.ImportRuns;
import de.nahbar.it.fixtures.BenefitsRows;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.support.Deployments;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.RuleViolationException;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.TeamKind;
import de.nahbar.staff.service.AssignmentRuleService;

/**
 * The benefits side's file brings customers in, changes them and closes their cases: new ones
 * go to the caseworker the assignment rules name (a U25 team those under 25), the same file twice
 * changes nothing, a file with a refused row applies none of its rows unless told to apply the
 * good ones, every run is recorded, and only administrators run it or keep the rules.
 */
class BenefitsImportIT extends ContainerTestCase {

    private static final String HEADER = BenefitsRows.HEADER;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(BenefitsImportIT.class);
    }

    @EJB
    private BenefitsImportService imports;

    @EJB
    private ImportRuns runs;

    @EJB
    private AssignmentRuleService rules;

    @EJB
    private TestCases cases;

    private String admin;
    private String adult;
    private String young;
    /** A postal code no other test's rule names, so this test's rules are the most specific. */
    private String postalCode;

    @BeforeEach
    void rulesForTwoTeams() throws Exception {
        admin = staff.newMember(null, Role.ADMIN);
        adult = staff.newMember(staff.newTeam("Team Markt"), Role.CASEWORKER);
        young = staff.newMember(staff.newTeam("Team U25", TeamKind.U25), Role.CASEWORKER);
        postalCode = String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        as(admin, PW, () -> rules.add(null, adult, "A", "Z", postalCode));
        as(admin, PW, () -> rules.add(null, young, "A", "Z", postalCode));
    }

    private String row(String number, String lastName, LocalDate born, String exitOn, String reason) {
        return row(number, lastName, born, postalCode, exitOn, reason);
    }

    private static String row(
            String number, String lastName, LocalDate born, String postalCode, String exitOn, String reason) {
        return BenefitsRows.row(number, lastName, born, postalCode, exitOn, reason);
    }

    private BenefitsImportService.Result run(String content, ImportRun.Mode mode) throws Exception {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return as(admin, PW, () -> imports.run("leistung.csv", bytes, ImportRun.Kind.DELTA, mode));
    }

    private ImportRun recorded(BenefitsImportService.Result result) throws Exception {
        return as(admin, PW, () -> runs.withRefusals(result.runId()).orElseThrow());
    }

    private Long idOf(String number) {
        String id = cases.sqlString("select cast(id as varchar) from customer where customer_number = ?", number);
        return id == null ? null : Long.valueOf(id);
    }

    @Test
    void newCustomersGoToTheCaseworkerTheRulesNameAndTheSameFileTwiceChangesNothing() throws Exception {
        String older = TestCases.newCustomerNumber();
        String younger = TestCases.newCustomerNumber();
        String file = HEADER
                + row(older, "Brandt", LocalDate.of(1980, 3, 1), "", "")
                + row(younger, "Ünal", JobcenterTime.today().minusYears(19), "", "");

        BenefitsImportService.Result first = run(file, ImportRun.Mode.ALL_OR_NOTHING);

        assertThat(first.applied()).isTrue();
        assertThat(cases.caseworkerOf(idOf(older))).isEqualTo(adult);
        assertThat(cases.caseworkerOf(idOf(younger)))
                .as("under 25: the U25 team")
                .isEqualTo(young);
        assertThat(cases.sqlString("select cast(benefits_since as varchar) from customer where id = ?", idOf(older)))
                .isEqualTo("2026-01-01");
        ImportRun run = recorded(first);
        assertThat(run.getCounts().created()).isEqualTo(2);
        assertThat(run.getStartedBy()).isEqualTo(admin);
        assertThat(cases.assignments(idOf(older)))
                .as("who is assigned where, and by which rule")
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("ARRIVAL - → " + adult + " (rule ");

        BenefitsImportService.Result again = run(file, ImportRun.Mode.ALL_OR_NOTHING);

        assertThat(again.seenBefore()).isTrue();
        ImportRun second = recorded(again);
        assertThat(second.getCounts().created()).isZero();
        assertThat(second.getCounts().changed()).isZero();
        assertThat(second.getCounts().unchanged()).isEqualTo(2);
    }

    @Test
    void thePagesImportRunsInTheBackgroundAndTellsItsProgressToWhoStartedIt() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 1_200; i++) {
            rows.append(row(
                    TestCases.newCustomerNumber(),
                    "Ort" + i,
                    LocalDate.of(1980, 1, 1).plusDays(i),
                    "",
                    ""));
        }
        byte[] file = BenefitsRows.file(rows.toString());
        String token = java.util.UUID.randomUUID().toString();

        as(admin, PW, () -> {
            imports.start(token, "gross.csv", file, ImportRun.Kind.DELTA, ImportRun.Mode.GOOD_ROWS);
            return null;
        });

        ImportRuns.Progress progress = null;
        for (int i = 0; i < 120 && (progress == null || !progress.over()); i++) {
            Thread.sleep(250);
            progress = as(admin, PW, () -> runs.progress(token)).orElse(null);
        }
        assertThat(progress).isNotNull();
        assertThat(progress.failed()).isFalse();
        assertThat(progress.percent()).isEqualTo(100);
        ImportRun run =
                as(admin, PW, () -> runs.withRefusals(progress(token).runId())).orElseThrow();
        assertThat(run.getRowsTotal()).isEqualTo(1_200);
        assertThat(as(staff.newMember(null, Role.ADMIN), PW, () -> runs.progress(token)))
                .as("another administrator's import")
                .isEmpty();
    }

    private ImportRuns.Progress progress(String token) throws Exception {
        return as(admin, PW, () -> runs.progress(token)).orElseThrow();
    }

    @Test
    void aFileWithARefusedRowAppliesNoneOfItsRowsUnlessTheGoodOnesAreWanted() throws Exception {
        String good = TestCases.newCustomerNumber();
        String file = HEADER
                + row(good, "Berger", LocalDate.of(1985, 5, 5), "", "")
                + row(TestCases.newCustomerNumber(), "Clausen", LocalDate.of(1985, 5, 5), "gestern", "ARBEIT");

        BenefitsImportService.Result none = run(file, ImportRun.Mode.ALL_OR_NOTHING);

        assertThat(none.applied()).isFalse();
        assertThat(idOf(good)).as("nothing applied").isNull();
        ImportRun refused = recorded(none);
        assertThat(refused.isApplied()).isFalse();
        assertThat(refused.getRefusals()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(3);
            assertThat(r.reasonKey()).isEqualTo("benefits.date");
            assertThat(r.detail()).isEqualTo("abgang_am");
        });

        BenefitsImportService.Result goodRows = run(file, ImportRun.Mode.GOOD_ROWS);

        assertThat(goodRows.applied()).isTrue();
        assertThat(cases.caseworkerOf(idOf(good))).isEqualTo(adult);
        assertThat(recorded(goodRows).getRefused()).isEqualTo(1);
    }

    @Test
    void anExitClosesTheCaseWithItsFollowUpsAndTheSameNumberBackReopensIt() throws Exception {
        String number = TestCases.newCustomerNumber();
        LocalDate born = LocalDate.of(1979, 9, 9);
        run(HEADER + row(number, "Dietz", born, "", ""), ImportRun.Mode.ALL_OR_NOTHING);
        long id = idOf(number);
        cases.addOverdue(id, FollowUpKind.CALLBACK, 1, 2);
        String yesterday = JobcenterTime.today().minusDays(1).toString();
        String tomorrow = JobcenterTime.today().plusDays(1).toString();

        ImportRun future =
                recorded(run(HEADER + row(number, "Dietz", born, tomorrow, "ARBEIT"), ImportRun.Mode.GOOD_ROWS));

        assertThat(future.getRefusals())
                .singleElement()
                .satisfies(r -> assertThat(r.reasonKey()).isEqualTo("caseExit.notInFuture"));
        assertThat(cases.sqlString("select cast(closed_on as varchar) from customer where id = ?", id))
                .as("an exit is recorded when it happened")
                .isNull();

        ImportRun closing =
                recorded(run(HEADER + row(number, "Dietz", born, yesterday, "ARBEIT"), ImportRun.Mode.ALL_OR_NOTHING));

        assertThat(closing.getCounts().closed()).isEqualTo(1);
        assertThat(cases.sqlString("select closed_by || ' ' || exit_reason from customer where id = ?", id))
                .isEqualTo("Leistungsdatei WORK");
        assertThat(cases.sqlString(
                        "select cast(count(*) as varchar) from follow_up where customer_id = ? and done_at is null",
                        id))
                .as("the callback ended with the case")
                .isEqualTo("0");

        ImportRun back = recorded(run(HEADER + row(number, "Dietz", born, "", ""), ImportRun.Mode.ALL_OR_NOTHING));

        assertThat(back.getCounts().reopened()).isEqualTo(1);
        assertThat(cases.sqlString("select cast(closed_on as varchar) from customer where id = ?", id))
                .isNull();
    }

    @Test
    void aCustomerWhoseNewAddressTheTeamNoLongerCoversMovesToTheTeamNowResponsible() throws Exception {
        String elsewhere = String.format("%05d", (Integer.parseInt(postalCode) + 1) % 100_000);
        String there = staff.newMember(staff.newTeam("Team Süd"), Role.CASEWORKER);
        as(admin, PW, () -> rules.add(null, there, "A", "Z", elsewhere));
        String number = TestCases.newCustomerNumber();
        LocalDate born = LocalDate.of(1975, 2, 2);
        run(HEADER + row(number, "Engel", born, "", ""), ImportRun.Mode.ALL_OR_NOTHING);
        long id = idOf(number);
        assertThat(cases.caseworkerOf(id)).isEqualTo(adult);
        cases.addOverdue(id, FollowUpKind.FOLLOW_UP, 1, 3);

        ImportRun moved =
                recorded(run(HEADER + row(number, "Engel", born, elsewhere, "", ""), ImportRun.Mode.ALL_OR_NOTHING));

        assertThat(moved.getCounts().moved()).isEqualTo(1);
        assertThat(cases.caseworkerOf(id)).isEqualTo(there);
        assertThat(cases.assignments(id))
                .last(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("MOVE " + adult + " → " + there + " (rule ");
        assertThat(cases.sqlString(
                        "select cast(count(*) as varchar) from follow_up where customer_id = ? and done_at is null",
                        id))
                .as("the open follow-up moved with the case")
                .isEqualTo("1");

        ImportRun unchanged =
                recorded(run(HEADER + row(number, "Engel", born, elsewhere, "", ""), ImportRun.Mode.ALL_OR_NOTHING));
        assertThat(unchanged.getCounts().unchanged()).isEqualTo(1);
    }

    @Test
    void anEndedRuleAssignsNobodyMoreAndStaysWithWhatItAssigned() throws Exception {
        String number = TestCases.newCustomerNumber();
        run(HEADER + row(number, "Fuchs", LocalDate.of(1970, 7, 7), "", ""), ImportRun.Mode.ALL_OR_NOTHING);
        long ruleId = as(admin, PW, () -> rules.rules()).stream()
                .filter(r -> postalCode.equals(r.postalPrefix())
                        && r.caseworker() != null
                        && r.caseworker().contains(adult.substring(3, 9)))
                .findFirst()
                .orElseThrow()
                .id();

        as(admin, PW, () -> rules.end(ruleId));

        assertThat(as(admin, PW, () -> rules.rules())).noneMatch(r -> r.id() == ruleId);
        assertThat(cases.assignments(idOf(number)))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .endsWith("(rule " + ruleId + ")");
        String later = TestCases.newCustomerNumber();
        run(HEADER + row(later, "Fuchs", LocalDate.of(1970, 7, 8), "", ""), ImportRun.Mode.GOOD_ROWS);
        if (idOf(later) != null) {
            assertThat(cases.caseworkerOf(idOf(later))).isNotEqualTo(adult);
        }
        assertThat(cases.sqlString("select ended_by from assignment_rule where id = ?", ruleId))
                .isEqualTo(admin);
    }

    @Test
    void aCustomerNoRuleAssignsIsRefusedWithItsReason() throws Exception {
        String row = row(TestCases.newCustomerNumber(), "1A", LocalDate.of(1980, 1, 1), "", "");

        ImportRun run = recorded(run(HEADER + row, ImportRun.Mode.ALL_OR_NOTHING));

        assertThat(run.getRefusals())
                .singleElement()
                .satisfies(r -> assertThat(r.reasonKey()).isEqualTo("benefits.noRule"));
    }

    @Test
    void anUnreadableFileChangesNothingAndTheRunSaysWhy() throws Exception {
        ImportRun zip = recorded(run("PK\u0003\u0004" + HEADER, ImportRun.Mode.ALL_OR_NOTHING));
        assertThat(zip.getRefusals())
                .singleElement()
                .satisfies(r -> assertThat(r.reasonKey()).isEqualTo("benefits.notCsv"));

        ImportRun columns = recorded(run("kundennummer;nachname\n123D456789;Eck\n", ImportRun.Mode.GOOD_ROWS));
        assertThat(columns.isApplied()).isFalse();
        assertThat(columns.getRefusals()).singleElement().satisfies(r -> {
            assertThat(r.reasonKey()).isEqualTo("benefits.missingColumns");
            assertThat(r.detail()).contains("vorname", "geburtsdatum");
        });

        byte[] latin1 = (HEADER + row(TestCases.newCustomerNumber(), "Öztürk", LocalDate.of(1980, 1, 1), "", ""))
                .getBytes(StandardCharsets.ISO_8859_1);
        ImportRun encoding = recorded(
                as(admin, PW, () -> imports.run("x.csv", latin1, ImportRun.Kind.DELTA, ImportRun.Mode.GOOD_ROWS)));
        assertThat(encoding.getRefusals())
                .singleElement()
                .satisfies(r -> assertThat(r.reasonKey()).isEqualTo("benefits.encoding"));
    }

    @Test
    void onlyAdministratorsRunTheFileAndKeepTheRules() {
        String lead = staff.newMember(staff.newTeam("Team Leitung"), Role.TEAM_LEAD);
        byte[] file = HEADER.getBytes(StandardCharsets.UTF_8);
        for (String forbidden : new String[] {adult, lead}) {
            assertThatThrownBy(() -> as(
                            forbidden,
                            PW,
                            () -> imports.run("x.csv", file, ImportRun.Kind.DELTA, ImportRun.Mode.ALL_OR_NOTHING)))
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> as(forbidden, PW, () -> rules.add(null, forbidden, "A", "B", null)))
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> as(forbidden, PW, () -> runs.latest(0, 10)))
                    .isInstanceOf(EJBAccessException.class);
        }
    }

    @Test
    void aBrokenRuleOfTheDomainNamesTheColumn() throws Exception {
        String bad = row(TestCases.newCustomerNumber(), "Graf", LocalDate.of(1980, 1, 1), "", "")
                .replace("Am Markt 1;" + postalCode + ";Musterstadt;;", "Am Markt 1;" + postalCode + ";Musterstadt;1;");

        ImportRun run = recorded(run(HEADER + bad, ImportRun.Mode.ALL_OR_NOTHING));

        assertThat(run.getRefusals()).singleElement().satisfies(r -> {
            assertThat(r.reasonKey()).isEqualTo("validation.phone");
            assertThat(r.detail()).isEqualTo("telefon");
        });
    }

    @Test
    void aRuleNamesAnActiveCaseworkerAndLettersInOrder() {
        assertThatThrownBy(() -> as(admin, PW, () -> rules.add(null, admin, "A", "B", null)))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).messageKey())
                .isEqualTo("assignment.notCaseworker");
        assertThatThrownBy(() -> as(admin, PW, () -> rules.add(null, adult, "M", "C", null)))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).messageKey())
                .isEqualTo("assignment.lettersOrder");
        long otherTeam = Long.parseLong(
                cases.sqlString("select cast(id as varchar) from team where name = ?", staff.newTeam("Team Fremd")));
        assertThatThrownBy(() -> as(admin, PW, () -> rules.add(otherTeam, adult, "A", "C", null)))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).messageKey())
                .isEqualTo("assignment.notInTeam");
    }
}
