package de.nahbar.measure.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * How a measure's purchased places were used over the months of a period: for each month the
 * places occupied on its reference day, or {@code null} when the month does not count (the
 * measure did not run then, or the month lies ahead). Places are paid per place-month whether
 * used or not, so every place-month left empty costs the price; below the contracted minimum
 * occupancy the Jobcenter pays for places nobody could use.
 */
public record PlaceUse(int purchased, int minimum, BigDecimal pricePerPlaceMonth, List<Integer> occupiedByMonth) {

    public PlaceUse {
        Objects.requireNonNull(pricePerPlaceMonth, "pricePerPlaceMonth");
        occupiedByMonth = Collections.unmodifiableList(new ArrayList<>(occupiedByMonth));
    }

    /** Place-months purchased in the counted months. */
    public long purchasedPlaceMonths() {
        return counted().size() * (long) purchased;
    }

    /** Place-months occupied in the counted months. */
    public long occupiedPlaceMonths() {
        return counted().stream().mapToLong(Integer::longValue).sum();
    }

    /** Purchased place-months left empty; a month with more participants than places leaves none. */
    public long unusedPlaceMonths() {
        return counted().stream()
                .mapToLong(occupied -> Math.max(0, purchased - occupied))
                .sum();
    }

    /** Place-months of the paid minimum left empty. */
    public long emptyMinimumPlaceMonths() {
        return counted().stream()
                .mapToLong(occupied -> Math.max(0, minimum - occupied))
                .sum();
    }

    public BigDecimal unusedCost() {
        return cost(unusedPlaceMonths());
    }

    public BigDecimal emptyMinimumCost() {
        return cost(emptyMinimumPlaceMonths());
    }

    /** Occupied places of the month in percent of the purchased places, {@code null} when the month does not count. */
    public Integer fillRate(int month) {
        Integer occupied = occupiedByMonth.get(month);
        return occupied == null ? null : percent(occupied, purchased);
    }

    /** Whether the month counts and its occupancy stayed below the contracted minimum. */
    public boolean belowMinimum(int month) {
        Integer occupied = occupiedByMonth.get(month);
        return occupied != null && occupied < minimum;
    }

    /** {@code part} of {@code whole} in whole percent, rounded half up; {@code null} when there is no whole. */
    public static Integer percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100)
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    private List<Integer> counted() {
        return occupiedByMonth.stream().filter(Objects::nonNull).toList();
    }

    private BigDecimal cost(long placeMonths) {
        return pricePerPlaceMonth.multiply(BigDecimal.valueOf(placeMonths)).setScale(2, RoundingMode.HALF_UP);
    }
}
