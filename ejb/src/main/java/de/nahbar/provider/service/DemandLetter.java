package de.nahbar.provider.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import de.nahbar.provider.domain.DeficiencyCategory;

/**
 * What the written demand to remedy a deficiency says (§183 SGB III): to whom, about which
 * measures and contracts, what was established, the deadline, and who signs. Taken from the
 * entry that recorded the notification, so that the letter reads the same on every download.
 */
public record DemandLetter(
        long deficiencyId,
        String providerName,
        String providerAddress,
        String contactName,
        List<String> measures,
        DeficiencyCategory category,
        String description,
        List<Evidence> evidence,
        LocalDate writtenOn,
        LocalDate deadline,
        String notice,
        String signedBy,
        String signerEmail)
        implements Serializable {

    public DemandLetter {
        measures = List.copyOf(measures);
        evidence = List.copyOf(evidence);
    }

    /** An observation or evidence entry the deficiency rests on, with its day. */
    public record Evidence(LocalDate on, String text) implements Serializable {}
}
