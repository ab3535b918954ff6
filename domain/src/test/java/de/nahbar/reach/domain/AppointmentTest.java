package de.nahbar.reach.domain;

import static de.nahbar.reach.domain.AppointmentOutcome.ATTENDED;
import static de.nahbar.reach.domain.AppointmentOutcome.MISSED_WITHOUT_REASON;
import static de.nahbar.reach.domain.AppointmentOutcome.MISSED_WITH_REASON;
import static de.nahbar.reach.domain.AppointmentOutcome.RESCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.StaffMember;

class AppointmentTest {

    private static final LocalDateTime STARTS = LocalDateTime.of(2026, 11, 10, 9, 30);
    private static final Instant AFTER =
            STARTS.plusHours(2).atZone(JobcenterTime.ZONE).toInstant();

    static Customer customer() {
        return new Customer(
                "123D456789",
                "Mehmet",
                "Öztürk",
                LocalDate.of(1990, 5, 17),
                new StaffMember("a.schulz", "Anna", "Schulz", "$2a$10$hash"));
    }

    private static Appointment appointment() {
        return new Appointment(
                customer(),
                STARTS,
                AppointmentMode.IN_PERSON,
                "Raum 2.14",
                "Wie geht es mit der Bewerbung weiter?",
                null,
                "a.schulz",
                AFTER.minusSeconds(86_400 * 7));
    }

    @Test
    void anAppointmentInPersonNeedsAPlaceAPhoneAppointmentDoesNot() {
        assertThatThrownBy(() -> new Appointment(
                        customer(), STARTS, AppointmentMode.IN_PERSON, " ", "Gespräch", null, "a.schulz", AFTER))
                .isInstanceOf(IllegalArgumentException.class);
        Appointment byPhone =
                new Appointment(customer(), STARTS, AppointmentMode.PHONE, null, "Gespräch", null, "a.schulz", AFTER);
        assertThat(byPhone.getPlace()).isNull();
    }

    @Test
    void theOutcomeIsRecordedOnceAndOnlyAfterTheAppointment() {
        Appointment appointment = appointment();
        assertThatThrownBy(() ->
                        appointment.recordOutcome(ATTENDED, null, false, "a.schulz", AFTER.minusSeconds(3 * 3600)))
                .isInstanceOf(IllegalArgumentException.class);
        appointment.recordOutcome(ATTENDED, "Bewerbungsmappe besprochen", false, "a.schulz", AFTER);
        assertThat(appointment.getOutcome()).isEqualTo(ATTENDED);
        assertThatThrownBy(() -> appointment.recordOutcome(MISSED_WITH_REASON, null, false, "a.schulz", AFTER))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRescheduleCanBeRecordedBeforeTheDate() {
        Appointment appointment = appointment();
        appointment.recordOutcome(RESCHEDULED, "Kunde krank", false, "a.schulz", AFTER.minusSeconds(86_400));
        assertThat(appointment.getOutcome()).isEqualTo(RESCHEDULED);
    }

    @Test
    void aHearingIsOfferedOnlyForAMissedAppointment() {
        assertThatThrownBy(() -> appointment().recordOutcome(ATTENDED, null, true, "a.schulz", AFTER))
                .isInstanceOf(IllegalArgumentException.class);
        Appointment missed = appointment();
        missed.recordOutcome(MISSED_WITHOUT_REASON, null, true, "a.schulz", AFTER);
        assertThat(missed.isHearingOffered()).isTrue();
    }

    @Test
    void missedAppointmentsCountBackFromTheNewestRescheduledOnesNeitherCountNorBreakTheRow() {
        assertThat(Appointment.consecutiveMissed(List.of())).isZero();
        assertThat(Appointment.consecutiveMissed(
                        List.of(MISSED_WITHOUT_REASON, MISSED_WITH_REASON, ATTENDED, MISSED_WITHOUT_REASON)))
                .isEqualTo(2);
        assertThat(Appointment.consecutiveMissed(List.of(MISSED_WITHOUT_REASON, RESCHEDULED, MISSED_WITHOUT_REASON)))
                .isEqualTo(2);
        assertThat(Appointment.consecutiveMissed(List.of(ATTENDED, MISSED_WITHOUT_REASON)))
                .isZero();
        // appointments without an outcome yet (the coming ones) are skipped
        assertThat(Appointment.consecutiveMissed(Arrays.asList(null, MISSED_WITH_REASON)))
                .isEqualTo(1);
    }
}
