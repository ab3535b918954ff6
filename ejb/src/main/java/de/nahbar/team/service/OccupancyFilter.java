package de.nahbar.team.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.measure.domain.LegalBasis;

/**
 * What the occupancy overview covers: measures running in the months {@code from}–{@code to}
 * (at most {@value #MAX_MONTHS}), optionally of one legal basis, provider, coordinator, team
 * (of a coordinator) or location (part of the name). Fill rates below {@code thresholdPercent}
 * are highlighted.
 */
public record OccupancyFilter(
        LegalBasis legalBasis,
        Long providerId,
        @Size(max = 64) String coordinator,
        @Size(max = 100) String team,
        @Size(max = 100) String location,
        @NotNull YearMonth from,
        @NotNull YearMonth to,
        @Min(0) @Max(100) int thresholdPercent)
        implements Serializable {

    public static final int MAX_MONTHS = 24;
    public static final int DEFAULT_THRESHOLD = 80;

    /** The last twelve months up to the current one, all measures, 80 % threshold. */
    public static OccupancyFilter lastTwelveMonths(LocalDate today) {
        YearMonth now = YearMonth.from(today);
        return new OccupancyFilter(null, null, null, null, null, now.minusMonths(11), now, DEFAULT_THRESHOLD);
    }

    @AssertTrue(message = "from must not lie after to, and the period spans at most 24 months")
    public boolean isPeriodValid() {
        return from == null || to == null || (!from.isAfter(to) && months() <= MAX_MONTHS);
    }

    public int months() {
        return (int) ChronoUnit.MONTHS.between(from, to) + 1;
    }
}
