package de.nahbar.measure.domain;

import static de.nahbar.measure.domain.MeasureTestData.TODAY;
import static de.nahbar.measure.domain.MeasureTestData.measure;
import static de.nahbar.measure.domain.MeasureTestData.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MeasureTest {

    @Test
    void aMinimumAboveTheMaximumIsRefused() {
        assertThatThrownBy(() -> terms(13, 12, TODAY, TODAY.plusMonths(6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimum");
    }

    @Test
    void negativePlacesAndAnEndBeforeTheStartAreRefused() {
        assertThatThrownBy(() -> terms(-1, 12, TODAY, TODAY.plusMonths(6)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> terms(0, 0, TODAY, TODAY.plusMonths(6))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> terms(2, 12, TODAY, TODAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPriceWithMoreThanCentsOrBelowZeroIsRefused() {
        MeasureTerms valid = terms(2, 12, TODAY, TODAY.plusMonths(6));
        assertThatThrownBy(() -> new MeasureTerms(
                        valid.number(),
                        valid.title(),
                        valid.legalBasis(),
                        valid.content(),
                        valid.targetGroup(),
                        valid.location(),
                        null,
                        null,
                        2,
                        12,
                        new BigDecimal("-1.00"),
                        12,
                        valid.entryMode(),
                        TODAY,
                        TODAY.plusMonths(6)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MeasureTerms(
                        valid.number(),
                        valid.title(),
                        valid.legalBasis(),
                        valid.content(),
                        valid.targetGroup(),
                        valid.location(),
                        null,
                        null,
                        2,
                        12,
                        new BigDecimal("10.001"),
                        12,
                        valid.entryMode(),
                        TODAY,
                        TODAY.plusMonths(6)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entryDatesLieInTheMeasuresPeriodAndNotOnAnEndedMeasure() {
        Measure measure = measure();

        assertThat(measure.addEntryDate(TODAY.plusDays(7), 10).getPlaces()).isEqualTo(10);
        assertThatThrownBy(() -> measure.addEntryDate(TODAY.plusYears(2), 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> measure.addEntryDate(TODAY.plusDays(7), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> measure.addEntryDate(TODAY.plusDays(7), 13))
                .isInstanceOf(IllegalArgumentException.class);
        measure.changeStatus(MeasureStatus.ENDED);
        assertThatThrownBy(() -> measure.addEntryDate(TODAY.plusDays(8), 5)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theNumberIdentifiesTheMeasureAndNeverChanges() {
        Measure measure = measure();
        MeasureTerms other = new MeasureTerms(
                "962-45-2026-999",
                "Neu",
                LegalBasis.SGB3_45,
                "x",
                TargetGroup.ALL,
                "Ort",
                null,
                null,
                1,
                2,
                BigDecimal.ONE,
                4,
                EntryMode.ROLLING,
                TODAY,
                TODAY.plusMonths(1));
        assertThatThrownBy(() -> measure.changeTerms(other, measure.getProvider()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void placesNeverDropBelowWhatIsTakenAndTheAllowanceIsBounded() {
        assertThat(EntryDate.checkedPlaces(5, 1, 6)).isEqualTo(5);
        assertThatThrownBy(() -> EntryDate.checkedPlaces(4, 1, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntryDate.checkedPlaces(5, EntryDate.ALLOWANCE_MAX + 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EntryDate.free(5, 1, 6)).isZero();
        assertThat(EntryDate.free(5, 2, 6)).isEqualTo(1);
    }
}
