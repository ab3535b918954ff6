package de.nahbar.provider.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A provider's deficiency history for the legal department: every deficiency with all entries in order. */
public record Dossier(
        String providerName,
        String providerAddress,
        String certification,
        Instant createdAt,
        String createdBy,
        List<DeficiencyDetail> deficiencies)
        implements Serializable {

    public Dossier {
        deficiencies = List.copyOf(deficiencies);
    }
}
