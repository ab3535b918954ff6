package de.nahbar.staff.service;

import java.util.logging.Logger;

import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;

/**
 * Whether a refused login was refused because a realm could not be asked (the directory down or
 * not answering in time), not because the password was wrong. The servlet container reports both
 * alike, so the login's realm is asked once more through the server's own security domain: the
 * directory realm answers that question only when it is reachable.
 */
public final class DirectoryOutage {

    private static final Logger SECURITY = Logger.getLogger("de.nahbar.security");

    private DirectoryOutage() {}

    /** Every message down the chain: the last one names what failed (refused, timed out, certificate). */
    private static String causes(Throwable down) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = down; t != null && text.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
            text.append(text.isEmpty() ? "" : " <- ").append(t.getMessage());
        }
        return text.toString();
    }

    /** Asked right after a refusal, in the login's request. */
    public static boolean refused(String username) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (!DirectoryMode.on() || domain == null || username.isBlank()) {
            return false; // nahbar's own realm alone: nothing to be unreachable
        }
        RealmIdentity identity = RealmIdentity.NON_EXISTENT;
        try {
            identity = domain.getIdentity(username);
            identity.exists();
            return false;
        } catch (RealmUnavailableException down) {
            SECURITY.warning(() ->
                    "Anmeldung nicht möglich: " + username + " (directory not reachable: " + down.getMessage() + ")");
            return true;
        } finally {
            identity.dispose();
        }
    }
}
