package de.nahbar.measure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PlaceUseTest {

    /** 10 places, minimum 8, 500 € per place-month; ran in three months with 6, 9 and 12 participants, the fourth lies ahead. */
    private final PlaceUse use = new PlaceUse(10, 8, new BigDecimal("500.00"), Arrays.asList(6, 9, 12, null));

    @Test
    void countsOnlyTheMonthsInWhichTheMeasureRanAndWhichHavePassed() {
        assertThat(use.purchasedPlaceMonths()).isEqualTo(30);
        assertThat(use.occupiedPlaceMonths()).isEqualTo(27);
    }

    @Test
    void emptyPlacesCostThePriceAndAnOverfullMonthDoesNotMakeUpForAnEmptyOne() {
        assertThat(use.unusedPlaceMonths()).isEqualTo(4 + 1);
        assertThat(use.unusedCost()).isEqualByComparingTo("2500.00");
    }

    @Test
    void thePaidMinimumLeftEmptyIsCountedSeparately() {
        assertThat(use.emptyMinimumPlaceMonths()).isEqualTo(2);
        assertThat(use.emptyMinimumCost()).isEqualByComparingTo("1000.00");
        assertThat(use.belowMinimum(0)).isTrue();
        assertThat(use.belowMinimum(1)).isFalse();
        assertThat(use.belowMinimum(3)).isFalse();
    }

    @Test
    void fillRatesAreWholePercentsRoundedHalfUpAndUndefinedWithoutPlaces() {
        assertThat(use.fillRate(0)).isEqualTo(60);
        assertThat(use.fillRate(2)).isEqualTo(120);
        assertThat(use.fillRate(3)).isNull();
        assertThat(PlaceUse.percent(1, 8)).isEqualTo(13);
        assertThat(PlaceUse.percent(1, 200)).isEqualTo(1);
        assertThat(PlaceUse.percent(3, 0)).isNull();
    }
}
