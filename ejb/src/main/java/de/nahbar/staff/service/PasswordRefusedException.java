package de.nahbar.staff.service;

import de.nahbar.shared.service.NahbarException;
import de.nahbar.staff.domain.PasswordRule;

/** A new password the password rule refuses (null: the same as the one it replaces). */
public class PasswordRefusedException extends NahbarException {

    private final PasswordRule.Refusal refusal;

    public PasswordRefusedException(PasswordRule.Refusal refusal) {
        super("password refused: " + refusal);
        this.refusal = refusal;
    }

    public PasswordRule.Refusal refusal() {
        return refusal;
    }

    @Override
    public String messageKey() {
        return refusal == null ? "account_password.same" : "admin_staff.password." + refusal.name();
    }
}
