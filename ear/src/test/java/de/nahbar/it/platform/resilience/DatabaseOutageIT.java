package de.nahbar.it.platform.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Deployments;
import de.nahbar.it.support.Management;
import de.nahbar.it.support.PostgresForTests;

/**
 * The database goes away while a caseworker works: requests during the outage get the German
 * error page and no stack trace, readiness says DOWN while liveness stays UP, and once the
 * database is back nahbar serves and is ready again without a restart (the pool throws away the
 * broken connections).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void duringAnOutageTheGermanErrorPageAfterwardsWorkAsBefore() throws Exception {
        assumeTrue(PostgresForTests.ownServer(), "needs the tests' own PostgreSQL to take down");
        get("/caseload/list.xhtml");
        send("/login", "j_username=a.schulz&j_password=demo");
        assertThat(get("/caseload/list.xhtml").body()).contains("Mein Bestand");

        assertThat(Management.ask("/health/ready").statusCode()).isEqualTo(200);
        PostgresForTests.outage(() -> {
            HttpResponse<String> notReady = Management.ask("/health/ready");
            assertThat(notReady.statusCode())
                    .as("the balancer sends no one here")
                    .isEqualTo(503);
            assertThat(notReady.body()).containsPattern("\"name\":\"database\",\"status\":\"DOWN\"");
            assertThat(Management.ask("/health/live").statusCode())
                    .as("alive all the same: nothing to restart")
                    .isEqualTo(200);
            HttpResponse<String> during = get("/caseload/list.xhtml");
            assertThat(during.statusCode()).isEqualTo(500);
            assertThat(during.body())
                    .contains("Ein Fehler ist aufgetreten")
                    .doesNotContain("Caused by", "PSQLException")
                    .doesNotContainPattern("at [a-z]+\\.[\\w.$]+\\([\\w$]+\\.java:\\d+\\)");
        });

        // the first requests may still meet connections the pool has not yet found broken
        Instant until = Instant.now().plusSeconds(30);
        HttpResponse<String> after = get("/caseload/list.xhtml");
        while (after.statusCode() != 200 && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            after = get("/caseload/list.xhtml");
        }
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Mein Bestand", "Alle (450)");
        assertThat(Management.ask("/health/ready").statusCode())
                .as("ready again, no restart")
                .isEqualTo(200);
        // two rounds of the pool's background check, so that the next test meets no broken connection left idle
        Thread.sleep(11_000);
    }

    private HttpResponse<String> get(String path) {
        return send(path, null);
    }

    private HttpResponse<String> send(String path, String form) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path)).timeout(Duration.ofSeconds(60));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
