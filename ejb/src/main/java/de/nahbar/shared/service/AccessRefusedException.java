package de.nahbar.shared.service;

import java.util.logging.Logger;

/**
 * A data-level refusal (not this case, not this measure, not this provider record). Every
 * refusal is written once, at WARN, to the category {@code de.nahbar.security} with who tried
 * what on which record, so that an auditor can search for them; the record is named by its
 * technical id, never by a customer's personal data.
 */
public abstract class AccessRefusedException extends NahbarException {

    private static final Logger SECURITY = Logger.getLogger("de.nahbar.security");

    protected AccessRefusedException(String caller, String what) {
        super(caller + " may not " + what);
        SECURITY.warning(() -> "Zugriff verweigert: " + caller + " may not " + what);
    }

    @Override
    public String messageKey() {
        return "error.403.text";
    }
}
