package de.nahbar.staff.service;

import de.nahbar.shared.service.NahbarException;

/** An administrator may not deactivate her own login: nahbar could be left without one. */
public class OwnLoginException extends NahbarException {

    public OwnLoginException() {
        super("own login");
    }

    @Override
    public String messageKey() {
        return "admin_member.ownLogin";
    }
}
