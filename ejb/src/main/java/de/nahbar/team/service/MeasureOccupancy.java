package de.nahbar.team.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.PlaceUse;

/**
 * One measure in the occupancy overview. Current figures are as of today: places reserved,
 * allocated and started (participating), free places on entry dates from today; take-up counts
 * the entries of the period that have passed; {@code occupiedByMonth} holds the places occupied
 * on each month's reference day ({@code null}: the month does not count for this measure).
 */
public record MeasureOccupancy(
        long id,
        String number,
        String title,
        String provider,
        LegalBasis legalBasis,
        String location,
        LocalDate startsOn,
        LocalDate endsOn,
        int purchased,
        int minimum,
        BigDecimal pricePerPlaceMonth,
        long reserved,
        long allocated,
        long started,
        long free,
        long tookUp,
        long noShows,
        long upcomingExits,
        List<Integer> occupiedByMonth)
        implements Serializable {

    public MeasureOccupancy {
        occupiedByMonth = Collections.unmodifiableList(new ArrayList<>(occupiedByMonth));
    }

    public PlaceUse use() {
        return new PlaceUse(purchased, minimum, pricePerPlaceMonth, occupiedByMonth);
    }

    /** Participants now in percent of the purchased places. */
    public Integer fillRate() {
        return PlaceUse.percent(started, purchased);
    }

    /** Entries taken up in percent of the entries due (taken up plus no-shows). */
    public Integer takeUpRate() {
        return PlaceUse.percent(tookUp, tookUp + noShows);
    }

    public boolean belowThreshold(int thresholdPercent) {
        Integer rate = fillRate();
        return rate != null && rate < thresholdPercent;
    }
}
