package de.nahbar.it.platform.performance;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import de.nahbar.caseload.domain.ImportRun;
import de.nahbar.caseload.service.BenefitsImportService;
import de.nahbar.caseload.service.ImportRuns;
import de.nahbar.it.fixtures.BenefitsRows;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.support.Deployments;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.TeamKind;
import de.nahbar.staff.service.AssignmentRuleService;

/**
 * A Jobcenter's first load of the benefits file and its daily delta (docs/performance.md:
 * "Benefits file"): 100,000 customers (scaled by {@code nahbar.benchmark.scale}) read in as one
 * full file, assigned by team and caseworker rules, then a delta of 2,000 rows (new customers,
 * changes, exits and moves of address). Reports rows per second and statements per row. Not
 * part of `mvn verify`.
 */
class BenefitsImportBenchmarkIT extends ContainerTestCase {

    private static final Logger LOG = Logger.getLogger(BenefitsImportBenchmarkIT.class.getName());

    private static final String HEADER = BenefitsRows.HEADER;

    private static final String[] SURNAMES = {
        "Abel",
        "Becker",
        "Çelik",
        "Demir",
        "Engel",
        "Fischer",
        "Graf",
        "Hoffmann",
        "Ivanova",
        "Jung",
        "Kaya",
        "Lange",
        "Müller",
        "Nowak",
        "Öztürk",
        "Peters",
        "Quast",
        "Richter",
        "Schulz",
        "Thomas",
        "Ünal",
        "Vogel",
        "Weber",
        "Xu",
        "Yılmaz",
        "Zimmermann"
    };

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(BenefitsImportBenchmarkIT.class);
    }

    @EJB
    private BenefitsImportService imports;

    @EJB
    private ImportRuns runs;

    @EJB
    private AssignmentRuleService rules;

    @EJB
    private TestCases cases;

    @PersistenceUnit
    private EntityManagerFactory emf;

    private record Person(String number, String lastName, LocalDate born, String postalCode) {}

    @Test
    void aFirstLoadOf100000CustomersAndADailyDeltaOf2000Rows() throws Exception {
        double scale = Double.parseDouble(System.getProperty("nahbar.benchmark.scale", "1.0"));
        int total = (int) Math.round(100_000 * scale);
        String admin = staff.newMember(null, Role.ADMIN);
        rulesForAJobcenter(admin);
        Random random = new Random(42);
        List<Person> people = new ArrayList<>(total);
        StringBuilder full = new StringBuilder(HEADER);
        for (int i = 0; i < total; i++) {
            Person person = new Person(
                    String.format("%03dD%06d", 900 + i / 1_000_000, i % 1_000_000),
                    SURNAMES[random.nextInt(SURNAMES.length)] + (char) ('a' + random.nextInt(26)),
                    LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 46)),
                    postalCode(random));
            people.add(person);
            full.append(row(person, "", ""));
        }

        Measured first = measure(admin, full.toString(), ImportRun.Kind.FULL);

        assertThat(first.run().isApplied()).isTrue();
        assertThat(first.run().getCounts().created()).isEqualTo(total);
        report("first load", total, first);

        StringBuilder delta = new StringBuilder(HEADER);
        int deltaRows = Math.max(20, (int) Math.round(2_000 * Math.min(1.0, scale * 10)));
        LocalDate yesterday = LocalDate.now().minusDays(1);
        for (int i = 0; i < deltaRows; i++) {
            Person known = people.get(random.nextInt(people.size()));
            switch (i % 4) {
                case 0 ->
                    delta.append(row(
                            new Person(
                                    String.format("%03dD%06d", 800, i),
                                    SURNAMES[i % SURNAMES.length],
                                    LocalDate.of(1990, 1, 1),
                                    postalCode(random)),
                            "",
                            ""));
                case 1 -> delta.append(row(known, yesterday.toString(), "ARBEIT"));
                case 2 ->
                    delta.append(row(new Person(known.number(), known.lastName(), known.born(), "99999"), "", ""));
                default ->
                    delta.append(row(
                            new Person(known.number(), known.lastName() + "-Neu", known.born(), known.postalCode()),
                            "",
                            ""));
            }
        }
        String deltaFile = dedupe(delta.toString());

        Measured daily = measure(admin, deltaFile, ImportRun.Kind.DELTA);

        report("daily delta", daily.run().getRowsTotal(), daily);
        assertThat(daily.run().getRefused())
                .as("refused rows of the delta")
                .isLessThan(daily.run().getRowsTotal() / 10);
    }

    private void rulesForAJobcenter(String admin) throws Exception {
        String u25 = staff.newTeam("Team U25", TeamKind.U25);
        String north = staff.newTeam("Team Markt Nord");
        String south = staff.newTeam("Team Markt Süd");
        String far = staff.newTeam("Team Markt Fern");
        long u25Id = teamId(u25);
        long southId = teamId(south);
        long farId = teamId(far);
        as(admin, PW, () -> rules.add(u25Id, null, "A", "Z", null));
        as(admin, PW, () -> rules.add(southId, null, "A", "Z", "5"));
        as(admin, PW, () -> rules.add(farId, null, "A", "Z", "9"));
        char[][] ranges = {{'A', 'E'}, {'F', 'K'}, {'L', 'R'}, {'S', 'Z'}};
        for (String team : new String[] {u25, north, south}) {
            // the south team's caseworkers take only its postal codes: who moves away leaves the team
            String prefix = team.equals(south) ? "5" : null;
            for (char[] range : ranges) {
                String caseworker = staff.newMember(team, Role.CASEWORKER);
                as(
                        admin,
                        PW,
                        () -> rules.add(null, caseworker, String.valueOf(range[0]), String.valueOf(range[1]), prefix));
            }
        }
        // Team Markt Fern has no caseworker rule: its customers wait in its queue
    }

    private long teamId(String name) {
        return Long.parseLong(cases.sqlString("select cast(id as varchar) from team where name = ?", name));
    }

    private static String postalCode(Random random) {
        return String.format("%05d", 10_000 + random.nextInt(89_999));
    }

    private static String row(Person p, String exitOn, String reason) {
        return String.join(
                        ";",
                        p.number(),
                        "",
                        p.lastName(),
                        "Vorname",
                        p.born().toString(),
                        "Hauptstraße 1",
                        p.postalCode(),
                        "Musterstadt",
                        "0151 2345678",
                        "",
                        "2025-01-01",
                        exitOn,
                        reason)
                + "\n";
    }

    /** A delta names each customer once: later rows for the same number are dropped. */
    private static String dedupe(String file) {
        StringBuilder out = new StringBuilder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : file.split("\n")) {
            if (seen.add(line.substring(0, line.indexOf(';')))) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private record Measured(ImportRun run, long millis, long statements) {}

    private Measured measure(String admin, String file, ImportRun.Kind kind) throws Exception {
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            long start = System.nanoTime();
            BenefitsImportService.Result result =
                    as(admin, PW, () -> imports.run("benchmark.csv", bytes, kind, ImportRun.Mode.GOOD_ROWS));
            long millis = (System.nanoTime() - start) / 1_000_000;
            long statements = statistics.getPrepareStatementCount();
            return new Measured(
                    as(admin, PW, () -> runs.withRefusals(result.runId())).orElseThrow(), millis, statements);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private static void report(String what, int rows, Measured measured) {
        ImportRun.Counts c = measured.run().getCounts();
        LOG.info(() -> String.format(
                "BENCHMARK benefits file, %s: %d rows in %.1f s = %.0f rows/s, %d statements (%.2f per row);"
                        + " new %d, changed %d, unchanged %d, closed %d, moved %d, refused %d",
                what,
                rows,
                measured.millis() / 1000.0,
                rows * 1000.0 / Math.max(1, measured.millis()),
                measured.statements(),
                measured.statements() / (double) Math.max(1, rows),
                c.created(),
                c.changed(),
                c.unchanged(),
                c.closed(),
                c.moved(),
                measured.run().getRefused()));
    }
}
