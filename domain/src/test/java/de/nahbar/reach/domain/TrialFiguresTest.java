package de.nahbar.reach.domain;

import static de.nahbar.reach.domain.CallTopic.COMPLAINT;
import static de.nahbar.reach.domain.CallTopic.NOT_RESPONSIBLE;
import static de.nahbar.reach.domain.CallTopic.OWN_MATTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrialFiguresTest {

    /** A Monday. */
    private static final LocalDate START = LocalDate.of(2026, 9, 28);

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void callsPerWorkingDayCountMondayToFridayOnly() {
        // two full weeks: 10 working days, weekend calls count as calls but add no working day
        List<TrialFigures.Call> calls = List.of(
                new TrialFigures.Call(START, OWN_MATTER, 10),
                new TrialFigures.Call(START.plusDays(1), NOT_RESPONSIBLE, 4),
                new TrialFigures.Call(START.plusDays(5), COMPLAINT, null),
                new TrialFigures.Call(START.plusDays(8), OWN_MATTER, 7),
                new TrialFigures.Call(START.plusDays(20), OWN_MATTER, 7));
        TrialFigures figures = TrialFigures.of(START, START.plusDays(13), calls, List.of(), NOW);

        assertThat(figures.calls()).isEqualTo(4);
        assertThat(figures.workingDays()).isEqualTo(10);
        assertThat(figures.callsPerWorkingDay()).isEqualTo(0.4);
        assertThat(figures.averageMinutes()).isEqualTo(7.0);
        assertThat(figures.notResponsiblePercent()).isEqualTo(25.0);
        assertThat(figures.weeks()).extracting(TrialFigures.Week::calls).containsExactly(3, 1);
        assertThat(figures.weeks()).extracting(TrialFigures.Week::workingDays).containsExactly(5, 5);
    }

    @Test
    void topicsAreCountedMonthByMonthWithTheShareOfNotMyResponsibility() {
        List<TrialFigures.Call> calls = List.of(
                new TrialFigures.Call(LocalDate.of(2026, 9, 29), NOT_RESPONSIBLE, 5),
                new TrialFigures.Call(LocalDate.of(2026, 9, 30), OWN_MATTER, 5),
                new TrialFigures.Call(LocalDate.of(2026, 10, 1), OWN_MATTER, 5),
                new TrialFigures.Call(LocalDate.of(2026, 10, 2), OWN_MATTER, 5),
                new TrialFigures.Call(LocalDate.of(2026, 10, 5), OWN_MATTER, 5),
                new TrialFigures.Call(LocalDate.of(2026, 10, 6), NOT_RESPONSIBLE, 5));
        TrialFigures figures = TrialFigures.of(START, LocalDate.of(2026, 11, 3), calls, List.of(), NOW);

        assertThat(figures.months())
                .extracting(TrialFigures.Month::month)
                .containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        assertThat(figures.months().get(0).percent(NOT_RESPONSIBLE)).isEqualTo(50.0);
        assertThat(figures.months().get(1).count(OWN_MATTER)).isEqualTo(3);
        assertThat(figures.months().get(1).percent(NOT_RESPONSIBLE)).isEqualTo(25.0);
        assertThat(figures.months().get(2).percent(NOT_RESPONSIBLE)).isNull();
    }

    @Test
    void callbacksCountOnceTheirWindowClosedOrTheyWereMade() {
        Instant due = Instant.parse("2026-11-20T12:00:00Z");
        List<TrialFigures.Callback> callbacks = List.of(
                new TrialFigures.Callback(due, due.minusSeconds(3600)),
                new TrialFigures.Callback(due, due.plusSeconds(60)),
                new TrialFigures.Callback(due, null),
                new TrialFigures.Callback(NOW.plusSeconds(3600), null),
                new TrialFigures.Callback(NOW.plusSeconds(3600), NOW.minusSeconds(60)));
        TrialFigures figures = TrialFigures.of(START, START.plusDays(30), List.of(), callbacks, NOW);
        // made late, not made and window closed, made in time twice; the open one within its window does not count
        assertThat(figures.callbacksDue()).isEqualTo(4);
        assertThat(figures.callbacksOnTime()).isEqualTo(2);
        assertThat(figures.callbacksOnTimePercent()).isEqualTo(50.0);
        assertThat(TrialFigures.of(START, START, List.of(), List.of(), NOW).callbacksOnTimePercent())
                .isNull();
    }

    @Test
    void theWeeklyTrendComparesTheLastFourWeeksWithTheFourBefore() {
        List<TrialFigures.Call> calls = new ArrayList<>();
        for (int week = 0; week < 8; week++) {
            int perWeek = week < 4 ? 10 : 5;
            for (int i = 0; i < perWeek; i++) {
                calls.add(new TrialFigures.Call(START.plusWeeks(week).plusDays(i % 5), OWN_MATTER, 5));
            }
        }
        TrialFigures eightWeeks = TrialFigures.of(START, START.plusWeeks(8).minusDays(1), calls, List.of(), NOW);
        assertThat(eightWeeks.weeklyTrendPercent()).isCloseTo(-50.0, within(0.001));
        TrialFigures sevenWeeks = TrialFigures.of(START, START.plusWeeks(7).minusDays(1), calls, List.of(), NOW);
        assertThat(sevenWeeks.weeklyTrendPercent()).isNull();
    }

    @Test
    void pooledFiguresAddUpWithoutAnyoneOwnWeeks() {
        TrialFigures one = TrialFigures.of(
                START,
                START.plusDays(4),
                List.of(
                        new TrialFigures.Call(START, NOT_RESPONSIBLE, 10),
                        new TrialFigures.Call(START, OWN_MATTER, 20)),
                List.of(),
                NOW);
        TrialFigures two = TrialFigures.of(
                START.plusWeeks(1),
                START.plusWeeks(1).plusDays(4),
                List.of(new TrialFigures.Call(START.plusWeeks(1), OWN_MATTER, 30)),
                List.of(),
                NOW);
        TrialFigures pooled = TrialFigures.pooled(List.of(one, two));
        assertThat(pooled.calls()).isEqualTo(3);
        assertThat(pooled.workingDays()).isEqualTo(10);
        assertThat(pooled.averageMinutes()).isEqualTo(20.0);
        assertThat(pooled.notResponsiblePercent()).isCloseTo(33.333, within(0.001));
        assertThat(pooled.weeks()).hasSize(1);
        assertThat(pooled.months()).isEmpty();
    }
}
