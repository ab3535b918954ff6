package de.nahbar.caseload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import de.nahbar.shared.domain.JobcenterTime;

/** A promised callback is a follow-up with a time window: overdue the moment the window closes. */
class CallbackTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void aCallbackIsDueOnTheLastDayOfItsWindow() {
        FollowUp callback = FollowUp.callback(
                CaseTestData.customer(), "Rückruf wegen Bescheid", NOW.plus(FollowUp.CALLBACK_WINDOW), "a.schulz", NOW);
        assertThat(callback.getKind()).isEqualTo(FollowUpKind.CALLBACK);
        assertThat(callback.getDueOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(FollowUp.CALLBACK_WINDOW).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void aCallbackIsPromisedForTheComingThirtyDays() {
        assertThatThrownBy(() ->
                        FollowUp.callback(CaseTestData.customer(), "Rückruf", NOW.minusSeconds(1), "a.schulz", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FollowUp.callback(
                        CaseTestData.customer(), "Rückruf", NOW.plus(Duration.ofDays(31)), "a.schulz", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overdueTheMomentTheWindowClosesNotAtTheEndOfTheDay() {
        Instant due = NOW.plus(FollowUp.CALLBACK_WINDOW);
        FollowUp callback = FollowUp.callback(CaseTestData.customer(), "Rückruf", due, "a.schulz", NOW);
        assertThat(callback.isOverdueAt(due.minusSeconds(1))).isFalse();
        assertThat(callback.isOverdueAt(due.plusSeconds(1))).isTrue();
        // a follow-up without a window only from the next day
        assertThat(FollowUp.isOverdue(JobcenterTime.dayOf(NOW), null, null, NOW.plusSeconds(3600)))
                .isFalse();
    }

    @Test
    void doneWithANoteOnceAndKeptOnTimeOnlyWithinTheWindow() {
        Instant due = NOW.plus(FollowUp.CALLBACK_WINDOW);
        FollowUp inTime = FollowUp.callback(CaseTestData.customer(), "Rückruf", due, "a.schulz", NOW);
        inTime.complete("a.schulz", due.minusSeconds(60), "Erreicht, Termin vereinbart");
        assertThat(inTime.wasKeptOnTime()).isTrue();
        assertThat(inTime.getDoneNote()).isEqualTo("Erreicht, Termin vereinbart");
        assertThat(inTime.isOverdueAt(due.plusSeconds(3600))).isFalse();
        assertThatThrownBy(() -> inTime.complete("a.schulz", due, null)).isInstanceOf(IllegalStateException.class);

        FollowUp late = FollowUp.callback(CaseTestData.customer(), "Rückruf", due, "a.schulz", NOW);
        late.complete("a.schulz", due.plusSeconds(60), null);
        assertThat(late.wasKeptOnTime()).isFalse();
    }
}
