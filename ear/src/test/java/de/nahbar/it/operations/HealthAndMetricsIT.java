package de.nahbar.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Deployments;
import de.nahbar.it.support.ForgetTheTestsAddress;
import de.nahbar.it.support.LoginClient;
import de.nahbar.it.support.Management;
import de.nahbar.it.support.PostgresForTests;

/**
 * What operations ask a node (docs/operations.md#health-and-metrics): readiness and liveness and
 * the Prometheus figures on the management interface, without a login and without a person's
 * name; none of it on the port the balancer forwards. The figures move with what they count.
 */
@ExtendWith({ArquillianExtension.class, ForgetTheTestsAddress.class})
@RunAsClient
class HealthAndMetricsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void readinessAndLivenessAnswerWithoutALoginAndNameNobody() {
        HttpResponse<String> ready = Management.ask("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body())
                .contains("\"status\":\"UP\"")
                .containsPattern("\"name\":\"database\",\"status\":\"UP\"")
                .contains("\"failedMigrations\":0", "\"name\":\"mail-relay\"", "\"name\":\"directory\"");

        HttpResponse<String> live = Management.ask("/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"");

        assertThat(ready.body() + live.body() + metrics()).doesNotContain("a.schulz", "Schulz", "customer_number");
    }

    @Test
    void thePortTheBalancerForwardsServesNeitherHealthNorMetrics() {
        for (String path : new String[] {"/health", "/health/ready", "/health/live", "/metrics"}) {
            HttpResponse<String> answer = Management.get(Browser.BASE_URL + path);
            assertThat(answer.body()).as(path).doesNotContain("nahbar_", "\"checks\"", "jvm_");
        }
    }

    @Test
    void aCallbackPastItsPromisedWindowMovesTheOverdueFigure() {
        double before = waitForMetric("nahbar_callbacks_overdue", v -> true);
        PostgresForTests.execute(
                "insert into follow_up (id, customer_id, kind, title, due_on, created_by, due_at, version)"
                        + " select nextval('follow_up_seq'), min(id), 'CALLBACK', 'Rückruf (Betriebstest)', current_date - 3,"
                        + " 'a.schulz', now() - interval '3 days', 0 from customer");
        try {
            assertThat(waitForMetric("nahbar_callbacks_overdue", v -> v >= before + 1))
                    .isEqualTo(before + 1);
        } finally {
            PostgresForTests.execute("delete from follow_up where title = 'Rückruf (Betriebstest)'");
        }
    }

    @Test
    void refusedLoginsAreCounted() throws Exception {
        double before = waitForMetric("nahbar_logins_failed_total", v -> true);
        assertThat(new LoginClient().login("a.schulz", "falsch")).isEqualTo(LoginClient.Outcome.WRONG);
        assertThat(waitForMetric("nahbar_logins_failed_total", v -> v >= before + 1))
                .isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void eachTimerReportsHowLongAgoItLastSucceeded() {
        assertThat(waitForMetric("nahbar_timer_last_success_age_seconds{timer=\"Reservierungsfristen\"}", v -> v < 60))
                .as("runs every 15 seconds")
                .isLessThan(60);
    }

    @Test
    void pagesAreTimedByNameAndMadeUpAddressesAreNot() throws Exception {
        LoginClient teamLead = new LoginClient();
        assertThat(teamLead.login("c.meyer", "demo")).isEqualTo(LoginClient.Outcome.IN);
        assertThat(teamLead.get("/team/overview.xhtml").statusCode()).isEqualTo(200);
        assertThat(teamLead.get("/gibt-es-nicht-" + System.nanoTime() + ".xhtml")
                        .statusCode())
                .isEqualTo(404);
        String figures = metrics();
        assertThat(figures)
                .containsPattern(
                        "nahbar_page_requests_seconds_count\\{[^}]*page=\"/team/overview.xhtml\"[^}]*status=\"2xx\"")
                .containsPattern("nahbar_page_requests_seconds_count\\{[^}]*page=\"andere\"[^}]*status=\"4xx\"")
                .doesNotContain("gibt-es-nicht");
        assertThat(figures).as("the connection pool and the sessions").contains("datasources", "active_sessions");
    }

    /** The metric's value once it satisfies {@code until}, waiting up to 40 s (figures are counted every 15 s). */
    private static double waitForMetric(String name, DoublePredicate until) {
        Instant deadline = Instant.now().plusSeconds(40);
        OptionalDouble value = value(metrics(), name);
        while ((value.isEmpty() || !until.test(value.getAsDouble()))
                && Instant.now().isBefore(deadline)) {
            sleep();
            value = value(metrics(), name);
        }
        assertThat(value).as(name).isPresent();
        return value.getAsDouble();
    }

    /** A sample's value: {@code name} or {@code name{tag="value"}} (the sample may carry more tags). */
    private static OptionalDouble value(String figures, String name) {
        int brace = name.indexOf('{');
        String metric = brace < 0 ? name : name.substring(0, brace);
        String tag = brace < 0 ? "" : name.substring(brace + 1, name.length() - 1);
        for (String line : figures.split("\n")) {
            if ((line.startsWith(metric + " ") || line.startsWith(metric + "{")) && line.contains(tag)) {
                return OptionalDouble.of(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
            }
        }
        return OptionalDouble.empty();
    }

    static String metrics() {
        HttpResponse<String> answer = Management.ask("/metrics");
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
