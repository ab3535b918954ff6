package de.nahbar.staff.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import de.nahbar.staff.domain.LoginThrottle;
import de.nahbar.staff.domain.StaffEvent;
import de.nahbar.staff.domain.TrustedDevice;

/**
 * Throttles guessed passwords ({@link LoginThrottle}) for the login form and the API's Basic
 * login: asked before the realm checks a password, told how it went. Open to callers without a
 * login: it is called exactly when nobody is logged in yet. It treats every typed name alike,
 * whether or not such a login exists, and never tells which do.
 */
@Stateless
@PermitAll
public class LoginGuardService {

    private static final Logger SECURITY = Logger.getLogger("de.nahbar.security");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One attempt: the name as typed, the source address, and the device token of the browser's
     * cookie (null: none, e.g. the telephone system).
     */
    public record Attempt(String username, String address, String deviceToken) {

        String key() {
            return LoginThrottle.key(username);
        }

        String client() {
            String a = address == null ? "" : address;
            return "address:" + (a.length() > 45 ? a.substring(0, 45) : a);
        }

        /** The SHA-256 of a well-formed device token, else null. */
        String deviceHash() {
            return deviceToken != null && TOKEN.matcher(deviceToken).matches() ? sha256(deviceToken) : null;
        }
    }

    private record Key(LoginThrottle.Kind kind, String username, String client) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<LoginFailed> loginFailed;

    /** How long this attempt must still wait before a password is checked, if at all. */
    public Optional<Duration> waitBefore(Attempt attempt) {
        Instant now = Instant.now();
        return keys(attempt, trusts(attempt, now)).stream()
                .flatMap(k -> find(k, LockModeType.NONE).stream())
                .flatMap(t -> t.waitAt(now).stream())
                .max(Duration::compareTo);
    }

    /** A wrong password (or an unknown or deactivated login) was given. */
    public void failed(Attempt attempt) {
        count(attempt, false);
        loginFailed.fire(new LoginFailed());
    }

    /**
     * An attempt came while it had to wait: recorded like a failure, without lengthening the wait,
     * and in the same statements, so that it takes as long as a checked one.
     */
    public void triedWhileWaiting(Attempt attempt) {
        count(attempt, true);
        loginFailed.fire(new LoginFailed());
    }

    private void count(Attempt attempt, boolean waiting) {
        Instant now = Instant.now();
        for (Key key : keys(attempt, trusts(attempt, now))) {
            // "on conflict" without a target: the only form H2's PostgreSQL mode (the embedded database) knows
            em.createNativeQuery("insert into login_throttle (id, kind, username, client, failures)"
                            + " values (nextval('login_throttle_seq'), ?, ?, ?, 0) on conflict do nothing")
                    .setParameter(1, key.kind().name())
                    .setParameter(2, key.username())
                    .setParameter(3, key.client())
                    .executeUpdate();
            // locked for the update: parallel guesses must each be counted
            LoginThrottle throttle = find(key, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
            if (waiting) {
                throttle.triedWhileWaiting(now);
            } else if (throttle.failed(now)) {
                began(throttle, now);
            }
        }
    }

    /** The password was right: this client's own count ends (the counts of other clients stay). */
    public void succeeded(Attempt attempt) {
        Instant now = Instant.now();
        Key client = keys(attempt, trusts(attempt, now)).get(0);
        em.createQuery(
                        "delete from LoginThrottle t where t.kind = :kind and t.username = :username and t.client = :client")
                .setParameter("kind", client.kind())
                .setParameter("username", client.username())
                .setParameter("client", client.client())
                .executeUpdate();
    }

    /**
     * After a login in a browser: the browser is trusted by the login from now on. Returns the
     * device token the browser keeps (its own, if it sent a well-formed one, else a new one).
     */
    public String trustBrowser(Attempt attempt) {
        Instant now = Instant.now();
        String token = attempt.deviceHash() != null ? attempt.deviceToken() : newToken();
        String hash = sha256(token);
        List<TrustedDevice> known = em.createQuery(
                        "select d from TrustedDevice d where d.username = :username" + " and d.tokenHash = :hash",
                        TrustedDevice.class)
                .setParameter("username", attempt.key())
                .setParameter("hash", hash)
                .getResultList();
        if (known.isEmpty()) {
            em.createNativeQuery("insert into trusted_device (id, username, token_hash, trusted_at, last_login_at)"
                            + " values (nextval('trusted_device_seq'), ?, ?, ?, ?) on conflict do nothing")
                    .setParameter(1, attempt.key())
                    .setParameter(2, hash)
                    .setParameter(3, now)
                    .setParameter(4, now)
                    .executeUpdate();
        } else {
            known.get(0).loggedIn(now);
        }
        return token;
    }

    private void began(LoginThrottle throttle, Instant now) {
        switch (throttle.getKind()) {
            case LOGIN -> {
                if (StaffRecords.loginExists(em, throttle.getUsername())) {
                    em.persist(new StaffEvent(throttle.getUsername(), StaffEvent.Kind.THROTTLED, now, null));
                }
                SECURITY.warning(() -> "Anmeldung verzögert: " + throttle.getUsername() + " after "
                        + throttle.getFailures() + " wrong passwords from clients it does not trust");
            }
            case ADDRESS ->
                SECURITY.warning(() -> "Anmeldungen verzögert: " + throttle.getClient() + " after "
                        + throttle.getFailures() + " wrong passwords for any login");
            case CLIENT ->
                SECURITY.info(() -> "Anmeldung verzögert: " + throttle.getUsername() + " from " + throttle.getClient());
        }
    }

    private boolean trusts(Attempt attempt, Instant now) {
        String hash = attempt.deviceHash();
        return hash != null
                && !em.createQuery(
                                "select d.id from TrustedDevice d where d.username = :username"
                                        + " and d.tokenHash = :hash and d.lastLoginAt > :since",
                                Long.class)
                        .setParameter("username", attempt.key())
                        .setParameter("hash", hash)
                        .setParameter("since", now.minus(TrustedDevice.FORGOTTEN_AFTER))
                        .getResultList()
                        .isEmpty();
    }

    /** The client's own key first; untrusted clients also count for the login and their address. */
    private static List<Key> keys(Attempt attempt, boolean trusted) {
        List<Key> keys = new ArrayList<>(3);
        keys.add(new Key(
                LoginThrottle.Kind.CLIENT,
                attempt.key(),
                trusted ? "device:" + attempt.deviceHash() : attempt.client()));
        if (!trusted) {
            keys.add(new Key(LoginThrottle.Kind.LOGIN, attempt.key(), ""));
            keys.add(new Key(LoginThrottle.Kind.ADDRESS, "", attempt.client()));
        }
        return keys;
    }

    private Optional<LoginThrottle> find(Key key, LockModeType lock) {
        return em.createQuery(
                        "select t from LoginThrottle t where t.kind = :kind and t.username = :username"
                                + " and t.client = :client",
                        LoginThrottle.class)
                .setParameter("kind", key.kind())
                .setParameter("username", key.username())
                .setParameter("client", key.client())
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
