package de.nahbar.staff.service;

import de.nahbar.shared.service.NahbarException;

/** The current password given to change it was not the login's. */
public class WrongPasswordException extends NahbarException {

    public WrongPasswordException() {
        super("wrong current password");
    }

    @Override
    public String messageKey() {
        return "account_password.wrongCurrent";
    }
}
