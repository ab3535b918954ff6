package de.nahbar.it.container;

import java.util.concurrent.Callable;

import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs code inside the server as a given member of staff: authenticates user name and password
 * against nahbar's security domain (the same JDBC realm the login page uses) and calls as them.
 */
public final class Identities {

    private Identities() {}

    public static <T> T as(String username, String password, Callable<T> work) throws Exception {
        return login(username, password).runAs(work);
    }

    /** Authenticates once (bcrypt is deliberately slow); the identity then runs any number of calls. */
    public static SecurityIdentity login(String username, String password) throws RealmUnavailableException {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("kein Security-Domain im Testmodul");
        }
        return domain.authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
    }

    public static void as(String username, String password, ThrowingRunnable work) throws Exception {
        as(username, password, () -> {
            work.run();
            return null;
        });
    }

    /** Code that may throw, for {@link #as(String, String, ThrowingRunnable)}. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
