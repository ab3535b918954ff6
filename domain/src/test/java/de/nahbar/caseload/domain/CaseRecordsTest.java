package de.nahbar.caseload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import de.nahbar.shared.domain.RuleBroken;
import de.nahbar.staff.domain.StaffMember;

class CaseRecordsTest {

    private final Customer customer = CaseTestData.customer();

    @Test
    void correctionIsANewNoteReferringToTheOriginal() {
        CounsellingNote original = new CounsellingNote(
                customer, "Termin am 3.11. vereinbart", "a.schulz", Instant.parse("2026-11-01T10:00:00Z"));
        CounsellingNote correction = original.correctedBy(
                "Termin ist am 4.11., nicht am 3.11.", "a.schulz", Instant.parse("2026-11-01T10:05:00Z"));

        assertThat(correction.getCorrects()).isSameAs(original);
        assertThat(original.getText()).isEqualTo("Termin am 3.11. vereinbart");
        assertThat(original.getCorrects()).isNull();
    }

    @Test
    void noteMustNotBeEmptyOrTooLong() {
        assertThatThrownBy(() -> new CounsellingNote(customer, "   ", "a", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new CounsellingNote(customer, "x".repeat(CounsellingNote.TEXT_MAX + 1), "a", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void followUpIsOverdueAfterItsDayUntilDone() {
        FollowUp followUp = new FollowUp(
                customer, FollowUpKind.COMMITMENT, "Bescheinigung schicken", LocalDate.of(2026, 11, 20), "a.schulz");

        assertThat(followUp.isOverdueOn(LocalDate.of(2026, 11, 20))).isFalse();
        assertThat(followUp.isOverdueOn(LocalDate.of(2026, 11, 21))).isTrue();
        followUp.complete("a.schulz", Instant.parse("2026-11-21T08:00:00Z"));
        assertThat(followUp.isOverdueOn(LocalDate.of(2026, 11, 21))).isFalse();
        assertThatThrownBy(() -> followUp.complete("a.schulz", Instant.now()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void contactNeedsATopicAndAPlausibleDuration() {
        Contact call = new Contact(
                customer,
                ContactChannel.PHONE_IN,
                Instant.parse("2026-11-22T09:30:00Z"),
                10,
                " Frage zum Bewerbungstraining ",
                null,
                "a.schulz");
        assertThat(call.getTopic()).isEqualTo("Frage zum Bewerbungstraining");

        assertThatThrownBy(() -> new Contact(customer, ContactChannel.EMAIL, Instant.now(), null, " ", null, "a"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contact(customer, ContactChannel.VISIT, Instant.now(), -5, "x", null, "a"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void availabilityReasonIsCurrentWithinItsPeriod() {
        AvailabilityReason reason = new AvailabilityReason(
                customer,
                AvailabilityReasonKind.CHILDCARE,
                "Kind unter drei Jahren",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 6, 30));

        assertThat(reason.isCurrentOn(LocalDate.of(2026, 11, 22))).isTrue();
        assertThat(reason.isCurrentOn(LocalDate.of(2027, 7, 1))).isFalse();
        assertThatThrownBy(() -> new AvailabilityReason(
                        customer,
                        AvailabilityReasonKind.OTHER,
                        null,
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 4, 1)))
                .isInstanceOfSatisfying(RuleBroken.class, broken -> {
                    assertThat(broken.field()).isEqualTo("to");
                    assertThat(broken.messageKey()).isEqualTo("validation.toBeforeFrom");
                });
    }

    @Test
    void cooperationPlanVersionsCountUp() {
        CooperationPlan first = new CooperationPlan(
                customer,
                null,
                "Ausbildung als Pflegefachkraft",
                "Bewerbungen an drei Pflegeschulen",
                "Kosten für Bewerbungsfotos übernehmen",
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 12, 1),
                "a.schulz",
                Instant.now());
        CooperationPlan second = new CooperationPlan(
                customer,
                first,
                "Ausbildung als Pflegefachkraft",
                "Vorstellungsgespräch vorbereiten",
                "Kontakt zur Pflegeschule herstellen",
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2027, 2, 1),
                "a.schulz",
                Instant.now());

        assertThat(first.getVersionNo()).isEqualTo(1);
        assertThat(second.getVersionNo()).isEqualTo(2);
        assertThatThrownBy(() -> new CooperationPlan(
                        customer,
                        null,
                        "Ziel",
                        "a",
                        "b",
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 8, 1),
                        "a.schulz",
                        Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deputyHasAccessOnlyDuringThePeriod() {
        StaffMember absent = CaseTestData.caseworker("a.schulz");
        StaffMember colleague = CaseTestData.caseworker("l.koch");
        Deputy deputy =
                new Deputy(absent, colleague, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 14), "a.schulz");

        assertThat(deputy.isActiveOn(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(deputy.isActiveOn(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(deputy.isActiveOn(LocalDate.of(2026, 12, 14))).isTrue();
        assertThat(deputy.isActiveOn(LocalDate.of(2026, 12, 15))).isFalse();
        assertThatThrownBy(
                        () -> new Deputy(absent, colleague, LocalDate.of(2026, 12, 1), LocalDate.of(2028, 1, 1), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aContactIsRecordedWhenItHappenedAndAFollowUpIsSetForToday() {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        assertThat(Contact.requireHappened(now.plusSeconds(120), now))
                .as("a clock a minute late")
                .isNotNull();
        assertThatThrownBy(() -> Contact.requireHappened(now.plusSeconds(3600), now))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("occurredAt"));

        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(FollowUp.requireNotPast(today, today, "dueOn")).isEqualTo(today);
        assertThatThrownBy(() -> FollowUp.requireNotPast(LocalDate.of(2020, 1, 1), today, "dueOn"))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.messageKey()).isEqualTo("followUp.dueInPast"));
    }
}
