package de.nahbar.shared.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * A person's age in whole years, and the line that SGB II draws at 25: under 25 counts for the
 * caseload key (§44c SGB II: 1:75 instead of 1:150) and for the U25 team that is responsible.
 */
public final class Age {

    /** The age from which a person no longer belongs to the U25 care (the 25th birthday). */
    public static final int U25_LIMIT = 25;

    private Age() {}

    public static int years(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** Under 25 on {@code day}: the 25th birthday lies after it. */
    public static boolean isUnder25(LocalDate birthDate, LocalDate day) {
        return years(birthDate, day) < U25_LIMIT;
    }
}
