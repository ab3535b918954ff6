package de.nahbar.staff.service;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Hashes passwords with bcrypt in modular-crypt form ({@code $2a$…}), the form the server's
 * JDBC realm verifies at login. Plain passwords are never stored.
 */
public final class PasswordHasher {

    /** bcrypt cost: 2^10 rounds, about 50–100 ms per login on the target machines. */
    static final int COST = 10;

    /**
     * A bcrypt hash of the same cost as every stored one, of a random secret nobody kept. The
     * login realm verifies against it when a login is unknown, deactivated or has no password
     * (nahbar.cli repeats it in the realm's query), and a throttled attempt is answered only after
     * the same verification: every refused attempt takes as long as a wrong password for an
     * existing login, so the time tells nobody which logins exist.
     */
    public static final String DUMMY_HASH = "$2a$10$YllLc8G2lzo/jCkTVr.0k.soHK7QMke.K0qJc3W5F/LDTzrYzsqB.";

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {}

    public static String hash(String plainPassword) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            Password password = factory()
                    .generatePassword(new EncryptablePasswordSpec(
                            plainPassword.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            return ModularCrypt.encodeAsString(password);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    public static boolean matches(String plainPassword, String hash) {
        try {
            PasswordFactory factory = factory();
            Password stored = factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, plainPassword.toCharArray());
        } catch (InvalidKeySpecException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /** Spends the time of one verification, as for a login that exists, and refuses. */
    public static void verifyNothing(String plainPassword) {
        matches(plainPassword == null ? "" : plainPassword, DUMMY_HASH);
    }

    private static PasswordFactory factory() throws GeneralSecurityException {
        return PasswordFactory.getInstance(
                BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
    }
}
