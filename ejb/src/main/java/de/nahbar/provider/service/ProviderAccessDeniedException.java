package de.nahbar.provider.service;

import de.nahbar.shared.service.NahbarException;

/** The caller may not change this deficiency, observation or provider, or it does not exist; nothing was stored. */
public class ProviderAccessDeniedException extends NahbarException {

    public ProviderAccessDeniedException(String caller, String what) {
        super(caller + " may not change " + what);
    }

    @Override
    public String messageKey() {
        return "error.403.text";
    }
}
