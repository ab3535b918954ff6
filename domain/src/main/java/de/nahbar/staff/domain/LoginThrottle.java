package de.nahbar.staff.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * nahbar's answer to guessed passwords, which hands nobody a way to lock a colleague out (ASVS
 * 6.3): wrong passwords are counted per kind of key, and after a number of free attempts the
 * next one must wait, longer with each further failure, at most {@link #MAX_WAIT}. A wait is no
 * lock: the right password after it gets in. Keys are the typed login name whether or not such a
 * login exists, so the rule tells nobody which logins exist.
 * <ul>
 * <li>{@link Kind#CLIENT}: one login from one client, a browser the login trusts (it logged in
 * there before: a device cookie) or else a source address;</li>
 * <li>{@link Kind#LOGIN}: one login from all clients it does not trust, against guessing from
 * many addresses. A browser the login trusts is not held up by it, so an attacker's failures
 * never keep a person out of her own browser;</li>
 * <li>{@link Kind#ADDRESS}: all logins from one address it does not trust, against trying one
 * password on many logins.</li>
 * </ul>
 * Failures older than {@link #FORGOTTEN_AFTER} since the last one start the count afresh.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    /** What a key counts; each with its free attempts. */
    public enum Kind {
        CLIENT(5),
        LOGIN(10),
        ADDRESS(30);

        private final int freeAttempts;

        Kind(int freeAttempts) {
            this.freeAttempts = freeAttempts;
        }

        public int freeAttempts() {
            return freeAttempts;
        }

        /** The wait after {@code failures} failures: none while free, then 30 s, doubling, at most {@link #MAX_WAIT}. */
        public Duration waitAfter(int failures) {
            int over = failures - freeAttempts;
            if (over < 0) {
                return Duration.ZERO;
            }
            Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(over, 10));
            return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
        }
    }

    public static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);
    public static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);
    public static final int CLIENT_MAX = 80;

    // rows are inserted by LoginGuardService (insert … on conflict do nothing), ids from the sequence
    // login_throttle_seq
    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private Kind kind;

    /** The login name as typed (normalized), empty for {@link Kind#ADDRESS}. */
    @Column(name = "username", nullable = false, updatable = false, length = StaffMember.USERNAME_MAX)
    private String username;

    /** "device:…" or "address:…", empty for {@link Kind#LOGIN}. */
    @Column(name = "client", nullable = false, updatable = false, length = CLIENT_MAX)
    private String client;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "wait_until")
    private Instant waitUntil;

    protected LoginThrottle() {
        // for JPA
    }

    public LoginThrottle(Kind kind, String username, String client) {
        this.kind = kind;
        this.username = username == null ? "" : username;
        this.client = client == null ? "" : client;
    }

    /** A login name as the throttle keys it: stripped, lower case, at most as long as a login name can be. */
    public static String key(String typed) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return name.length() > StaffMember.USERNAME_MAX ? name.substring(0, StaffMember.USERNAME_MAX) : name;
    }

    /** Counts a wrong password; returns true when this failure is the first that makes the key wait. */
    public boolean failed(Instant now) {
        if (lastFailureAt == null || lastFailureAt.plus(FORGOTTEN_AFTER).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        Duration wait = kind.waitAfter(failures);
        waitUntil = wait.isZero() ? null : now.plus(wait);
        return failures == kind.freeAttempts();
    }

    /**
     * An attempt that came while the key waits: it is not checked and does not lengthen the
     * wait, but keeps the count from being forgotten while it goes on.
     */
    public void triedWhileWaiting(Instant now) {
        lastFailureAt = now;
    }

    /** How long an attempt must still wait at {@code now}, if at all. */
    public Optional<Duration> waitAt(Instant now) {
        return waitUntil != null && waitUntil.isAfter(now)
                ? Optional.of(Duration.between(now, waitUntil))
                : Optional.empty();
    }

    public Kind getKind() {
        return kind;
    }

    public String getUsername() {
        return username;
    }

    public String getClient() {
        return client;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getWaitUntil() {
        return waitUntil;
    }
}
