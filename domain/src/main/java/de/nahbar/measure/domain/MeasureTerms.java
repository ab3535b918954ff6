package de.nahbar.measure.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import de.nahbar.shared.domain.Guard;

/**
 * What a measure is, as the catalogue and the procurement list describe it. One value, checked
 * as a whole before a measure is created or changed, so an import row or a form either fits
 * completely or changes nothing.
 */
public record MeasureTerms(
        String number,
        String title,
        LegalBasis legalBasis,
        String content,
        TargetGroup targetGroup,
        String location,
        String contractNumber,
        String lot,
        int minOccupancy,
        int maxPlaces,
        BigDecimal pricePerPlaceMonth,
        int durationWeeks,
        EntryMode entryMode,
        LocalDate startsOn,
        LocalDate endsOn) {

    public static final int NUMBER_MAX = 30;
    public static final int TITLE_MAX = 200;
    public static final int CONTENT_MAX = 4000;
    public static final int LOCATION_MAX = 200;
    public static final int CONTRACT_MAX = 60;
    public static final int LOT_MAX = 30;
    public static final int PLACES_MAX = 10_000;
    public static final int DURATION_WEEKS_MAX = 260;
    public static final BigDecimal PRICE_MAX = new BigDecimal("99999.99");

    public MeasureTerms {
        number = Guard.text(number, "number", NUMBER_MAX);
        title = Guard.text(title, "title", TITLE_MAX);
        Objects.requireNonNull(legalBasis, "legalBasis");
        content = Guard.text(content, "content", CONTENT_MAX);
        Objects.requireNonNull(targetGroup, "targetGroup");
        location = Guard.text(location, "location", LOCATION_MAX);
        contractNumber = Guard.optionalText(contractNumber, "contractNumber", CONTRACT_MAX);
        lot = Guard.optionalText(lot, "lot", LOT_MAX);
        Guard.atLeast(minOccupancy, 0, "minOccupancy");
        Guard.atLeast(maxPlaces, 1, "maxPlaces");
        if (maxPlaces > PLACES_MAX) {
            throw new IllegalArgumentException("maxPlaces above " + PLACES_MAX);
        }
        if (minOccupancy > maxPlaces) {
            throw new IllegalArgumentException("contracted minimum above the maximum");
        }
        Objects.requireNonNull(pricePerPlaceMonth, "pricePerPlaceMonth");
        if (pricePerPlaceMonth.signum() < 0
                || pricePerPlaceMonth.compareTo(PRICE_MAX) > 0
                || pricePerPlaceMonth.scale() > 2) {
            throw new IllegalArgumentException("implausible price: " + pricePerPlaceMonth);
        }
        Guard.atLeast(durationWeeks, 1, "durationWeeks");
        if (durationWeeks > DURATION_WEEKS_MAX) {
            throw new IllegalArgumentException("duration above " + DURATION_WEEKS_MAX + " weeks");
        }
        Objects.requireNonNull(entryMode, "entryMode");
        Objects.requireNonNull(endsOn, "endsOn");
        Guard.ordered(startsOn, endsOn, "measure period");
    }
}
