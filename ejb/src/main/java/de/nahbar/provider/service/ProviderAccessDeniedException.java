package de.nahbar.provider.service;

import de.nahbar.shared.service.AccessRefusedException;

/** The caller may not change this deficiency, observation or provider, or it does not exist; nothing was stored. */
public class ProviderAccessDeniedException extends AccessRefusedException {

    public ProviderAccessDeniedException(String caller, String what) {
        super(caller, "change " + what);
    }
}
