package de.nahbar.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    @Test
    void theFreeAttemptsPassThenEachFurtherFailureWaitsTwiceAsLongUpToFifteenMinutes() {
        LoginThrottle client = new LoginThrottle(LoginThrottle.Kind.CLIENT, "a.schulz", "address:10.0.0.7");
        Instant at = NOW;
        for (int i = 1; i < 5; i++) {
            assertThat(client.failed(at)).isFalse();
            assertThat(client.waitAt(at)).as("failure " + i).isEmpty();
        }
        assertThat(client.failed(at)).as("the fifth makes it wait").isTrue();
        assertThat(client.waitAt(at)).hasValue(Duration.ofSeconds(30));
        at = at.plusSeconds(31);
        assertThat(client.waitAt(at)).as("a wait is no lock").isEmpty();
        client.failed(at);
        assertThat(client.waitAt(at)).hasValue(Duration.ofSeconds(60));
        for (int i = 0; i < 20; i++) {
            at = at.plus(Duration.ofMinutes(16));
            assertThat(client.failed(at)).isFalse();
        }
        assertThat(client.waitAt(at)).hasValue(LoginThrottle.MAX_WAIT);
    }

    @Test
    void anHourWithoutFailuresStartsTheCountAfresh() {
        LoginThrottle login = new LoginThrottle(LoginThrottle.Kind.LOGIN, "a.schulz", null);
        for (int i = 0; i < 10; i++) {
            login.failed(NOW);
        }
        assertThat(login.waitAt(NOW)).isPresent();
        Instant later = NOW.plus(LoginThrottle.FORGOTTEN_AFTER).plusSeconds(1);
        login.failed(later);
        assertThat(login.getFailures()).isOne();
        assertThat(login.waitAt(later)).isEmpty();
    }

    @Test
    void eachKindHasItsFreeAttempts() {
        assertThat(LoginThrottle.Kind.CLIENT.waitAfter(4)).isZero();
        assertThat(LoginThrottle.Kind.LOGIN.waitAfter(9)).isZero();
        assertThat(LoginThrottle.Kind.LOGIN.waitAfter(10)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.Kind.ADDRESS.waitAfter(29)).isZero();
        assertThat(LoginThrottle.Kind.ADDRESS.waitAfter(31)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.Kind.ADDRESS.waitAfter(1000)).isEqualTo(LoginThrottle.MAX_WAIT);
    }

    @Test
    void theKeyIsTheTypedNameStrippedInLowerCaseAndNoLongerThanALoginName() {
        assertThat(LoginThrottle.key("  A.Schulz ")).isEqualTo("a.schulz");
        assertThat(LoginThrottle.key(null)).isEmpty();
        assertThat(LoginThrottle.key("x".repeat(500))).hasSize(StaffMember.USERNAME_MAX);
    }
}
