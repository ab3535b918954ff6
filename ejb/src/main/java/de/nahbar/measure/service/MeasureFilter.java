package de.nahbar.measure.service;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.TargetGroup;

/**
 * A search of the catalogue: words in number, title or content; legal basis; target group;
 * location; provider; and "free places from" a date. Empty fields do not filter. Only
 * measures that have not ended are listed.
 */
public record MeasureFilter(
        @Size(max = 100) String text,
        LegalBasis legalBasis,
        TargetGroup targetGroup,
        @Size(max = 100) String location,
        @Size(max = 100) String provider,
        LocalDate freeFrom)
        implements Serializable {

    public static final MeasureFilter NONE = new MeasureFilter(null, null, null, null, null, null);
}
