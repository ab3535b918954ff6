package de.nahbar.provider.service;

import java.io.Serializable;

import jakarta.validation.constraints.Size;

/** The provider directory's filter: text in name or address, certification, only those with open deficiencies. */
public record ProviderFilter(@Size(max = 100) String text, Certification certification, boolean openDeficienciesOnly)
        implements Serializable {

    /** The certification filter. */
    public enum Certification {
        VALID,
        EXPIRED,
        NONE
    }

    public static ProviderFilter all() {
        return new ProviderFilter(null, null, false);
    }
}
