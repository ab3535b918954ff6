package de.nahbar.it.platform.performance;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

import de.nahbar.it.fixtures.JobcenterDataGenerator;
import de.nahbar.it.fixtures.MeasureDataGenerator;
import de.nahbar.it.fixtures.ProviderDataGenerator;
import de.nahbar.it.platform.performance.load.LoadPlan;
import de.nahbar.it.support.PostgresForTests;

/** The load benchmarks' Jobcenter in the tests' database, and the plan its bench staff work by. */
final class BenchmarkJobcenter {

    private static final int CASEWORKERS = 50;
    private static final int CUSTOMERS_EACH = 20;

    private BenchmarkJobcenter() {}

    static double scale() {
        return Double.parseDouble(System.getProperty("nahbar.benchmark.scale", "1.0"));
    }

    /** Generates the Jobcenter at {@link #scale()} unless it is there; returns its number of customers. */
    static long generate() throws SQLException {
        DataSource database = PostgresForTests.applicationDataSource();
        long customers = JobcenterDataGenerator.generate(database, scale());
        MeasureDataGenerator.generate(database, scale());
        ProviderDataGenerator.generate(database, scale());
        return customers;
    }

    /** Fifty bench caseworkers and a team lead working against {@code baseUrl}. */
    static LoadPlan plan(String baseUrl) {
        return new LoadPlan(
                baseUrl,
                caseworkers(),
                teamLead(),
                JobcenterDataGenerator.PASSWORD,
                1,
                Duration.ofSeconds(30),
                null,
                false,
                false);
    }

    /** bench.0001 to bench.0050, each with the first customers of his or her caseload. */
    private static List<LoadPlan.Caseworker> caseworkers() {
        List<LoadPlan.Caseworker> caseworkers = new ArrayList<>();
        for (int i = 1; i <= CASEWORKERS; i++) {
            String username = String.format("bench.%04d", i);
            String ids = PostgresForTests.queryString(
                    "select string_agg(id::text, ',') from (select c.id from customer c"
                            + " join staff_member m on m.id = c.caseworker_id where m.username = ? order by c.id limit "
                            + CUSTOMERS_EACH + ") x",
                    username);
            caseworkers.add(new LoadPlan.Caseworker(
                    username, Arrays.stream(ids.split(",")).map(Long::valueOf).toList()));
        }
        return caseworkers;
    }

    /** A bench caseworker outside the fifty made team lead of his or her team, once per database. */
    private static String teamLead() {
        String lead = "bench.0051";
        PostgresForTests.execute(
                "insert into staff_role (staff_member_id, role) select id, 'TEAM_LEAD' from staff_member m"
                        + " where username = ? and not exists (select 1 from staff_role r where r.staff_member_id = m.id"
                        + " and r.role = 'TEAM_LEAD')",
                lead);
        return lead;
    }
}
