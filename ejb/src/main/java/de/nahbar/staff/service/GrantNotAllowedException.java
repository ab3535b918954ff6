package de.nahbar.staff.service;

import de.nahbar.shared.service.NahbarException;
import de.nahbar.staff.domain.RoleGrant;

/** Someone tried to decide a role grant she may not decide: her own, or one not hers to confirm. */
public class GrantNotAllowedException extends NahbarException {

    private final RoleGrant.Refusal refusal;

    public GrantNotAllowedException(RoleGrant.Refusal refusal) {
        super("grant not allowed: " + refusal);
        this.refusal = refusal;
    }

    public RoleGrant.Refusal refusal() {
        return refusal;
    }

    @Override
    public String messageKey() {
        return "grants.refused." + refusal.name();
    }
}
