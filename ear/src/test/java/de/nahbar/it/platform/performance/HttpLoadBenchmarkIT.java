package de.nahbar.it.platform.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.nahbar.it.platform.performance.load.LoadBenchmark;
import de.nahbar.it.platform.performance.load.LoadPlan;
import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Deployments;

/**
 * The pages as a caseworker waits for them (docs/performance.md: "Load over HTTP"): Gatling drives
 * caseworkers over HTTP against the server the tests started on PostgreSQL with the
 * Jobcenter-scale data, at 1, 10 and 50 concurrent users, then each page alone at 8 users
 * beside a static file and a minimal servlet of the same server. Not part of `mvn verify`.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpLoadBenchmarkIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withProbe();
    }

    @Test
    void caseworkerPagesOverHttpAtJobcenterScale() throws Exception {
        double scale = BenchmarkJobcenter.scale();
        long customers = BenchmarkJobcenter.generate();
        LoadPlan plan = BenchmarkJobcenter.plan(Browser.BASE_URL);
        Path target = Path.of(System.getProperty("jboss.home"), "..").normalize();

        LoadBenchmark.Result result =
                LoadBenchmark.run(plan, target.resolve("gatling"), HttpLoadBenchmarkIT::statistics);
        String report = result.report(scale, customers);
        System.out.println(report);
        Files.writeString(target.resolve("http-load-report.txt"), report, StandardCharsets.UTF_8);

        assertThat(result.errors()).as("failed requests in all runs").isZero();
        assertThat(result.statements()).as("statements counted per page").containsOnlyKeys(LoadBenchmark.WORKING_DAY);
    }

    /** Switches Hibernate's statistics on or off through the probe servlet. */
    private static void statistics(boolean on) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            Browser.BASE_URL + "/nahbar-probe/statements?" + (on ? "on" : "off")))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
