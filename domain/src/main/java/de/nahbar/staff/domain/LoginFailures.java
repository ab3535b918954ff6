package de.nahbar.staff.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The login lockout, nahbar's deliberate policy against guessed passwords: after
 * {@value #MAX_FAILURES} wrong passwords within {@link #WINDOW} a login is locked for
 * {@link #LOCK}, even for the right password; a correct login clears the count, an
 * administrator may lift a lock at once. The server's login realm refuses a locked login, so
 * the rule holds for the form and for the telephone system's Basic login alike.
 */
@Embeddable
public class LoginFailures {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Column(name = "failed_logins", nullable = false)
    private int count;

    @Column(name = "last_failed_login")
    private Instant lastFailureAt;

    @Column(name = "login_locked_until")
    private Instant lockedUntil;

    /**
     * Counts a wrong password. Failures older than the window start the count afresh; a locked
     * login stays locked until its time is up, further tries do not prolong it.
     *
     * @return true when this failure locked the login
     */
    public boolean fail(Instant now) {
        if (isLockedAt(now)) {
            return false;
        }
        count = lastFailureAt == null || lastFailureAt.plus(WINDOW).isBefore(now) ? 1 : count + 1;
        lastFailureAt = now;
        if (count >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
            count = 0;
            return true;
        }
        return false;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A correct login, or an administrator lifting the lock. */
    public void clear() {
        count = 0;
        lastFailureAt = null;
        lockedUntil = null;
    }

    public boolean isClear() {
        return count == 0 && lockedUntil == null;
    }

    public int getCount() {
        return count;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
