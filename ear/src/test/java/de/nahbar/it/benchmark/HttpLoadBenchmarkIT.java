package de.nahbar.it.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.nahbar.it.container.JobcenterDataGenerator;
import de.nahbar.it.container.MeasureDataGenerator;
import de.nahbar.it.container.ProviderDataGenerator;
import de.nahbar.it.load.LoadBenchmark;
import de.nahbar.it.load.LoadPlan;
import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Deployments;
import de.nahbar.it.support.PostgresForTests;

/**
 * The pages as a caseworker waits for them (README: "Last über HTTP"): Gatling drives
 * caseworkers over HTTP against the server the tests started on PostgreSQL with the
 * Jobcenter-scale data, at 1, 10 and 50 concurrent users, then each page alone at 8 users
 * beside a static file and a minimal servlet of the same server. Not part of `mvn verify`.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpLoadBenchmarkIT {

    private static final int CASEWORKERS = 50;
    private static final int CUSTOMERS_EACH = 20;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withProbe();
    }

    @Test
    void caseworkerPagesOverHttpAtJobcenterScale() throws Exception {
        double scale = Double.parseDouble(System.getProperty("nahbar.benchmark.scale", "1.0"));
        DataSource database = PostgresForTests.applicationDataSource();
        long customers = JobcenterDataGenerator.generate(database, scale);
        MeasureDataGenerator.generate(database, scale);
        ProviderDataGenerator.generate(database, scale);
        LoadPlan plan = new LoadPlan(Browser.BASE_URL, caseworkers(), teamLead(), JobcenterDataGenerator.PASSWORD, 1,
                Duration.ofSeconds(30), null, false, false);
        Path target = Path.of(System.getProperty("jboss.home"), "..").normalize();

        LoadBenchmark.Result result = LoadBenchmark.run(plan, target.resolve("gatling"), HttpLoadBenchmarkIT::statistics);
        String report = result.report(scale, customers);
        System.out.println(report);
        Files.writeString(target.resolve("http-load-report.txt"), report, StandardCharsets.UTF_8);

        assertThat(result.errors()).as("failed requests in all runs").isZero();
        assertThat(result.statements()).as("statements counted per page").containsOnlyKeys(LoadBenchmark.WORKING_DAY);
    }

    /** bench.0001 to bench.0050, each with the first customers of his or her caseload. */
    private static List<LoadPlan.Caseworker> caseworkers() {
        List<LoadPlan.Caseworker> caseworkers = new ArrayList<>();
        for (int i = 1; i <= CASEWORKERS; i++) {
            String username = String.format("bench.%04d", i);
            String ids = PostgresForTests.queryString("select string_agg(id::text, ',') from (select c.id from customer c"
                    + " join staff_member m on m.id = c.caseworker_id where m.username = ? order by c.id limit "
                    + CUSTOMERS_EACH + ") x", username);
            caseworkers.add(new LoadPlan.Caseworker(username, Arrays.stream(ids.split(",")).map(Long::valueOf).toList()));
        }
        return caseworkers;
    }

    /** A bench caseworker outside the fifty made team lead of his or her team, once per database. */
    private static String teamLead() {
        String lead = "bench.0051";
        PostgresForTests.execute("insert into staff_role (staff_member_id, role) select id, 'TEAM_LEAD' from staff_member m"
                + " where username = ? and not exists (select 1 from staff_role r where r.staff_member_id = m.id"
                + " and r.role = 'TEAM_LEAD')", lead);
        return lead;
    }

    /** Switches Hibernate's statistics on or off through the probe servlet. */
    private static void statistics(boolean on) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(Browser.BASE_URL + "/nahbar-probe/statements?" + (on ? "on" : "off"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
