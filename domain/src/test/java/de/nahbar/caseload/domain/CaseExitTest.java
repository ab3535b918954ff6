package de.nahbar.caseload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import de.nahbar.shared.domain.RuleBroken;
import de.nahbar.staff.domain.StaffMember;

/** The exit of a customer (Abmeldung) and the re-entry under the same number. */
class CaseExitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void anExitIsRecordedWhenItHappenedWithItsReasonAndClosesTheCase() {
        Customer customer = CaseTestData.customer();

        CaseExit exit = customer.close(TODAY.minusDays(2), ExitReason.WORK, "a.schulz", NOW, TODAY);

        assertThat(customer.isClosed()).isTrue();
        assertThat(customer.getClosedOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(customer.getClosedBy()).isEqualTo("a.schulz");
        assertThat(exit.getReason()).isEqualTo(ExitReason.WORK);
        assertThat(exit.getReopenedBy()).isNull();
    }

    @Test
    void anExitInTheFutureBeforeBirthOrWithoutDayOrReasonIsRefusedAtItsField() {
        Customer customer = CaseTestData.customer();

        assertThatThrownBy(() -> customer.close(TODAY.plusDays(1), ExitReason.WORK, "a.schulz", NOW, TODAY))
                .isInstanceOfSatisfying(RuleBroken.class, e -> {
                    assertThat(e.field()).isEqualTo("closedOn");
                    assertThat(e.messageKey()).isEqualTo("caseExit.notInFuture");
                });
        assertThatThrownBy(() -> customer.close(LocalDate.of(1980, 1, 1), ExitReason.WORK, "a.schulz", NOW, TODAY))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.messageKey()).isEqualTo("caseExit.beforeBirth"));
        assertThatThrownBy(() -> customer.close(null, ExitReason.WORK, "a.schulz", NOW, TODAY))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("closedOn"));
        assertThatThrownBy(() -> customer.close(TODAY, null, "a.schulz", NOW, TODAY))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("exitReason"));
        assertThat(customer.isClosed()).isFalse();
    }

    @Test
    void aClosedCaseIsClosedOnceAndHandedToNobodyUntilItReopens() {
        Customer customer = CaseTestData.customer();
        CaseExit exit = customer.close(TODAY, ExitReason.MOVED_AWAY, "a.schulz", NOW, TODAY);
        StaffMember next = CaseTestData.caseworker("l.koch");

        assertThatThrownBy(() -> customer.close(TODAY, ExitReason.OTHER, "a.schulz", NOW, TODAY))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> customer.reassignTo(next, "Übergabe", "c.meyer", NOW))
                .isInstanceOf(IllegalStateException.class);

        customer.reopen();
        exit.reopened("l.koch", NOW);

        assertThat(customer.isClosed()).isFalse();
        assertThat(customer.getExitReason()).isNull();
        assertThat(exit.getReopenedBy()).isEqualTo("l.koch");
        assertThatThrownBy(() -> exit.reopened("l.koch", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(customer::reopen).as("an open case").isInstanceOf(IllegalStateException.class);
    }
}
