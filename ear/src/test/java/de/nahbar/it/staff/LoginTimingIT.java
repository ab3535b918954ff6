package de.nahbar.it.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Deployments;
import de.nahbar.it.support.ForgetTheTestsAddress;
import de.nahbar.it.support.PostgresForTests;

/**
 * Which logins exist cannot be told from the time a refusal takes: a wrong password for an
 * existing login, any password for an unknown one and any password for a login that must wait
 * are each verified against a bcrypt hash of the same cost. Timed over many interleaved
 * attempts; the medians must lie close to each other (a ratio, not a time). A skipped bcrypt
 * verification would make one kind take a fraction of the others; the tolerance is wide enough
 * for the jitter of a shared two-core CI machine (seen: 10 %) and far below that.
 */
@ExtendWith({ArquillianExtension.class, ForgetTheTestsAddress.class})
@RunAsClient
class LoginTimingIT {

    private static final int WARM_UP = 5;
    private static final int ROUNDS = 35;
    /** The medians may differ by this share of the smallest; without its bcrypt a refusal takes half or less. */
    private static final double TOLERANCE = 0.2;

    private enum Kind {
        EXISTING_WRONG_PASSWORD,
        UNKNOWN_LOGIN,
        LOGIN_THAT_MUST_WAIT
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aRefusedLoginTakesAsLongWhetherTheLoginExistsOrNotOrMustWait() throws Exception {
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            existing.add(LoginThrottleIT.newCaseworker("t.zeit"));
        }
        String waiting = LoginThrottleIT.newCaseworker("t.wartet");
        PostgresForTests.execute(
                "insert into login_throttle (id, kind, username, client, failures, last_failure_at, wait_until)"
                        + " values (nextval('login_throttle_seq'), 'LOGIN', ?, '', 10, now(), now() + interval '10 minutes')",
                waiting);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        Map<Kind, List<Long>> times = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            times.put(kind, new ArrayList<>());
        }
        List<Kind> order = new ArrayList<>(List.of(Kind.values()));
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            Collections.shuffle(order);
            for (Kind kind : order) {
                String username = switch (kind) {
                    case EXISTING_WRONG_PASSWORD -> existing.get(round);
                    case UNKNOWN_LOGIN -> "t.unbekannt" + round + "x" + System.nanoTime() % 100_000;
                    case LOGIN_THAT_MUST_WAIT -> waiting;
                };
                long started = System.nanoTime();
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "j_username=" + username + "&j_password=falsch" + round))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - started;
                assertThat(answer.body())
                        .as(kind.name())
                        .contains(kind == Kind.LOGIN_THAT_MUST_WAIT ? "loginWait" : "loginError");
                if (round >= WARM_UP) {
                    times.get(kind).add(took);
                }
            }
            new ForgetTheTestsAddress().afterEach(null);
        }

        Map<Kind, Double> medians = new EnumMap<>(Kind.class);
        times.forEach((kind, list) -> medians.put(kind, median(list) / 1e6));
        System.out.printf("Anmeldezeiten (Median, ms): %s%n", medians);
        double fastest = Collections.min(medians.values());
        double slowest = Collections.max(medians.values());
        assertThat((slowest - fastest) / fastest)
                .as("spread of the medians %s", medians)
                .isLessThan(TOLERANCE);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
