package de.nahbar.reach.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import de.nahbar.staff.domain.StaffMember;

/** The caseworker's settings, their consent records and the trial's life. */
class ReachabilityTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static StaffMember caseworker(String email) {
        StaffMember member = new StaffMember("a.schulz", "Anna", "Schulz", "$2a$10$hash");
        member.changeEmail(email);
        return member;
    }

    @Test
    void nothingIsPublishedUntilTheCaseworkerDecides() {
        ReachabilitySettings settings = new ReachabilitySettings(caseworker("a.schulz@jc.example"));
        assertThat(settings.isPublishPhone()).isFalse();
        assertThat(settings.isPublishEmail()).isFalse();
    }

    @Test
    void aDecisionIsRecordedWithItsDateAndTheCanonicalDial() {
        ReachabilitySettings settings = new ReachabilitySettings(caseworker("a.schulz@jc.example"));
        ReachabilityConsent consent = settings.decide("0345 7001-1187", true, true, "Mo–Do 8–10 Uhr", "a.schulz", NOW);
        assertThat(settings.getDirectDial()).isEqualTo("0345 7001-1187");
        assertThat(consent.getDirectDial()).isEqualTo("+4934570011187");
        assertThat(consent.isEmail()).isTrue();
        assertThat(consent.getDecidedAt()).isEqualTo(NOW);
    }

    @Test
    void onlyAChangeOfWhatIsPublishedMakesANewConsentRecord() {
        ReachabilitySettings settings = new ReachabilitySettings(caseworker("a.schulz@jc.example"));
        settings.decide("0345 7001-1187", true, false, null, "a.schulz", NOW);
        assertThat(settings.decide("+49 345 7001 1187", true, false, "Di 9–11 Uhr", "a.schulz", NOW))
                .isNull();
        ReachabilityConsent off = settings.decide("0345 7001-1187", false, false, null, "a.schulz", NOW);
        assertThat(off.getDirectDial()).isNull();
        assertThat(off.isEmail()).isFalse();
    }

    @Test
    void publishingNeedsADialableNumberAndAnAddressOnRecord() {
        ReachabilitySettings settings = new ReachabilitySettings(caseworker(null));
        assertThatThrownBy(() -> settings.decide(null, true, false, null, "a.schulz", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.decide("7001-1187", true, false, null, "a.schulz", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.decide("0345 7001-1187", false, true, null, "a.schulz", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.isPublishPhone()).isFalse();
    }

    @Test
    void aTrialRunsSixMonthsByDefaultAndAtMostTwentyFour() {
        ReachabilityTrial trial = new ReachabilityTrial(caseworker(null), TODAY, ReachabilityTrial.DEFAULT_MONTHS);
        assertThat(trial.getPlannedEndOn()).isEqualTo(LocalDate.of(2027, 5, 24));
        assertThat(trial.isRunningOn(TODAY)).isTrue();
        assertThat(trial.isRunningOn(TODAY.minusDays(1))).isFalse();
        assertThat(trial.isRunningOn(LocalDate.of(2027, 5, 25))).isFalse();
        assertThatThrownBy(() -> new ReachabilityTrial(caseworker(null), TODAY, 25))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReachabilityTrial(caseworker(null), TODAY, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTrialIsExtendedWithinTwoYearsOfItsStartAndEndedOnce() {
        ReachabilityTrial trial = new ReachabilityTrial(caseworker(null), TODAY, 6);
        assertThatThrownBy(() -> trial.extendTo(TODAY.plusMonths(25), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trial.extendTo(TODAY.minusDays(1), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        trial.extendTo(TODAY.plusMonths(9), TODAY);
        assertThat(trial.getPlannedEndOn()).isEqualTo(TODAY.plusMonths(9));

        trial.end(TODAY.plusDays(30), "Weniger Rückfragen als befürchtet.");
        assertThat(trial.isRunningOn(TODAY.plusDays(31))).isFalse();
        assertThat(trial.lastDayOn(TODAY.plusDays(60))).isEqualTo(TODAY.plusDays(30));
        assertThat(trial.getReflection()).isEqualTo("Weniger Rückfragen als befürchtet.");
        assertThatThrownBy(() -> trial.end(TODAY.plusDays(40), null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> trial.extendTo(TODAY.plusMonths(12), TODAY)).isInstanceOf(IllegalStateException.class);
        trial.reflect("Nachgetragen: Kundinnen rufen gezielter an.");
        assertThat(trial.getReflection()).startsWith("Nachgetragen");
    }

    @Test
    void figuresAreSharedOnlyWhenTheCaseworkerChoosesSo() {
        ReachabilityTrial trial = new ReachabilityTrial(caseworker(null), TODAY, 6);
        assertThat(trial.isShareFigures()).isFalse();
        trial.share(true);
        assertThat(trial.isShareFigures()).isTrue();
    }

    @Test
    void aReferralNamesUnitAndHowToReachIt() {
        Responsibility wohngeld =
                new Responsibility("Wohngeld", "Wohngeldstelle der Stadt", "0345 221-4040", null, "Di 9–12 Uhr", null);
        assertThat(wohngeld.referral()).startsWith("Wohngeld: Wohngeldstelle der Stadt, Tel. 0345 221-4040");
        assertThatThrownBy(() ->
                        new Responsibility("Kindergeld", "Familienkasse", "Familienkasse anrufen", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Responsibility(" ", "Familienkasse", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
