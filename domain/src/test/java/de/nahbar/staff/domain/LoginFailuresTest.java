package de.nahbar.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginFailuresTest {

    private static final Instant NINE = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void theFifthWrongPasswordWithinTheWindowLocksForTheLockTime() {
        LoginFailures failures = new LoginFailures();
        for (int i = 1; i < LoginFailures.MAX_FAILURES; i++) {
            assertThat(failures.fail(NINE.plusSeconds(i))).isFalse();
        }
        assertThat(failures.isLockedAt(NINE.plusSeconds(10))).isFalse();

        assertThat(failures.fail(NINE.plusSeconds(10))).isTrue();

        assertThat(failures.isLockedAt(NINE.plusSeconds(11))).isTrue();
        assertThat(failures.isLockedAt(NINE.plusSeconds(10).plus(LoginFailures.LOCK).minusSeconds(1))).isTrue();
        assertThat(failures.isLockedAt(NINE.plusSeconds(10).plus(LoginFailures.LOCK))).isFalse();
    }

    @Test
    void triesDuringTheLockDoNotProlongIt() {
        LoginFailures failures = lockedAt(NINE);
        assertThat(failures.fail(NINE.plus(Duration.ofMinutes(10)))).isFalse();
        assertThat(failures.getLockedUntil()).isEqualTo(NINE.plus(LoginFailures.LOCK));
    }

    @Test
    void failuresOlderThanTheWindowStartTheCountAfresh() {
        LoginFailures failures = new LoginFailures();
        for (int i = 1; i < LoginFailures.MAX_FAILURES; i++) {
            failures.fail(NINE);
        }
        assertThat(failures.fail(NINE.plus(LoginFailures.WINDOW).plusSeconds(1))).isFalse();
        assertThat(failures.getCount()).isEqualTo(1);
    }

    @Test
    void aCorrectLoginOrAnAdministratorClearsEverything() {
        LoginFailures failures = lockedAt(NINE);
        failures.clear();
        assertThat(failures.isLockedAt(NINE.plusSeconds(1))).isFalse();
        assertThat(failures.isClear()).isTrue();
    }

    private static LoginFailures lockedAt(Instant when) {
        LoginFailures failures = new LoginFailures();
        for (int i = 0; i < LoginFailures.MAX_FAILURES; i++) {
            failures.fail(when);
        }
        return failures;
    }
}
