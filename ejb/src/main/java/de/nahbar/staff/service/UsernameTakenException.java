package de.nahbar.staff.service;

import de.nahbar.shared.service.NahbarException;

/** A login name is given once, also when its owner has left (the access log names them). */
public class UsernameTakenException extends NahbarException {

    public UsernameTakenException(String username) {
        super("login name taken: " + username);
    }

    @Override
    public String messageKey() {
        return "admin_staff.usernameTaken";
    }
}
