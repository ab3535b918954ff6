package de.nahbar.shared.service;

import jakarta.ejb.ApplicationException;

/**
 * A business refusal the user must be told about in plain German. Rolls the transaction back;
 * the web layer shows the text of {@link #messageKey()} from its bundle.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class NahbarException extends RuntimeException {

    protected NahbarException(String message) {
        super(message);
    }

    /** Bundle key of the text shown to the user. */
    public abstract String messageKey();
}
