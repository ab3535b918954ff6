package de.nahbar.it.container;

import java.util.concurrent.Callable;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs code inside the server as a given member of staff: authenticates user name and password
 * against nahbar's security domain (the same JDBC realm the login page uses) and calls as them.
 */
public final class Identities {

    private Identities() {
    }

    public static <T> T as(String username, String password, Callable<T> work) throws Exception {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("kein Security-Domain im Testmodul");
        }
        SecurityIdentity identity = domain.authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
        return identity.runAs(work);
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
