package de.nahbar.team.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

import de.nahbar.measure.domain.PlaceUse;

/**
 * The occupancy overview for a filter: one line per measure, the totals over them, the fill rate
 * of each month (trend) and the entry dates of the coming weeks with free places. Totals are sums
 * of the figures the database aggregated per measure.
 */
public record OccupancyReport(
        OccupancyFilter filter,
        LocalDate asOf,
        List<YearMonth> months,
        List<MeasureOccupancy> measures,
        List<FreeEntry> freeEntries)
        implements Serializable {

    public OccupancyReport {
        months = List.copyOf(months);
        measures = List.copyOf(measures);
        freeEntries = List.copyOf(freeEntries);
    }

    public long purchased() {
        return sum(MeasureOccupancy::purchased);
    }

    public long minimum() {
        return sum(MeasureOccupancy::minimum);
    }

    public long reserved() {
        return sum(MeasureOccupancy::reserved);
    }

    public long allocated() {
        return sum(MeasureOccupancy::allocated);
    }

    public long started() {
        return sum(MeasureOccupancy::started);
    }

    public long free() {
        return sum(MeasureOccupancy::free);
    }

    public long upcomingExits() {
        return sum(MeasureOccupancy::upcomingExits);
    }

    public Integer fillRate() {
        return PlaceUse.percent(started(), purchased());
    }

    public Integer takeUpRate() {
        long tookUp = sum(MeasureOccupancy::tookUp);
        return PlaceUse.percent(tookUp, tookUp + sum(MeasureOccupancy::noShows));
    }

    public BigDecimal unusedCost() {
        return measures.stream().map(m -> m.use().unusedCost()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal emptyMinimumCost() {
        return measures.stream()
                .map(m -> m.use().emptyMinimumCost())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public long unusedPlaceMonths() {
        return sum(m -> m.use().unusedPlaceMonths());
    }

    /** The fill rate of all measures that ran in each month, {@code null} for months ahead or without measures. */
    public List<Integer> trend() {
        return IntStream.range(0, months.size())
                .mapToObj(i -> {
                    long occupied = 0;
                    long purchased = 0;
                    for (MeasureOccupancy m : measures) {
                        Integer o = m.occupiedByMonth().get(i);
                        if (o != null) {
                            occupied += o;
                            purchased += m.purchased();
                        }
                    }
                    return PlaceUse.percent(occupied, purchased);
                })
                .toList();
    }

    public List<MeasureOccupancy> belowThreshold() {
        return measures.stream()
                .filter(m -> m.belowThreshold(filter.thresholdPercent()))
                .toList();
    }

    public List<FreeEntry> freeWithinFourWeeks() {
        return freeEntries.stream().filter(FreeEntry::withinFourWeeks).toList();
    }

    private long sum(ToLongFunction<MeasureOccupancy> figure) {
        return measures.stream().mapToLong(figure).sum();
    }
}
