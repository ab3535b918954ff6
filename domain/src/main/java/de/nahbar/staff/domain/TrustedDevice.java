package de.nahbar.staff.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A browser a login has logged in from: it holds a random device token in a cookie, nahbar keeps
 * only its SHA-256. Attempts from such a browser count on their own ({@link LoginThrottle}), so
 * failures elsewhere never hold a person up in her own browser. Unused for
 * {@link #FORGOTTEN_AFTER}, the trust ends.
 */
@Entity
@Table(name = "trusted_device")
public class TrustedDevice {

    public static final Duration FORGOTTEN_AFTER = Duration.ofDays(180);
    public static final int HASH_LENGTH = 64;

    // rows are inserted by LoginGuardService (insert … on conflict do nothing), ids from the sequence
    // trusted_device_seq
    @Id
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = StaffMember.USERNAME_MAX)
    private String username;

    @Column(name = "token_hash", nullable = false, updatable = false, length = HASH_LENGTH)
    private String tokenHash;

    @Column(name = "trusted_at", nullable = false, updatable = false)
    private Instant trustedAt;

    @Column(name = "last_login_at", nullable = false)
    private Instant lastLoginAt;

    protected TrustedDevice() {
        // for JPA
    }

    public void loggedIn(Instant now) {
        lastLoginAt = now;
    }

    public String getUsername() {
        return username;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
