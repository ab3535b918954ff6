package de.nahbar.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.nahbar.shared.domain.RuleBroken;
import de.nahbar.staff.domain.Responsibility.Decision;
import de.nahbar.staff.domain.Responsibility.Person;
import de.nahbar.staff.domain.Responsibility.Terms;

class ResponsibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final LocalDate ADULT = LocalDate.of(1980, 1, 1);

    private static final long U25 = 1;
    private static final long MARKET = 2;
    private static final long MARKET_SOUTH = 3;

    private final List<Terms> rules = new ArrayList<>();

    private void teamRule(long team, TeamKind kind, char from, char to, String prefix) {
        rules.add(new Terms(rules.size() + 1, team, kind, null, false, from, to, prefix));
    }

    private void caseworkerRule(long team, TeamKind kind, long caseworker, boolean eligible, char from, char to) {
        rules.add(new Terms(rules.size() + 1, team, kind, caseworker, eligible, from, to, null));
    }

    private Decision decide(String surname, String postalCode, LocalDate born) {
        return new Responsibility(rules)
                .decide(new Person(surname, postalCode, born, TODAY))
                .orElseThrow();
    }

    @Test
    void theSurnameInitialDecidesWithUmlautsAsTheirVowel() {
        assertThat(Responsibility.initial("Özdemir")).isEqualTo('O');
        assertThat(Responsibility.initial(" müller")).isEqualTo('M');
        assertThat(Responsibility.initial("1A")).isEqualTo((char) 0);
        assertThat(Responsibility.initial(null)).isEqualTo((char) 0);
    }

    @Test
    void aU25TeamTakesThoseUnder25AndTheOthersThoseFrom25() {
        teamRule(U25, TeamKind.U25, 'A', 'Z', null);
        teamRule(MARKET, TeamKind.MARKET_INTEGRATION, 'A', 'Z', null);

        assertThat(decide("Berg", "12345", TODAY.minusYears(24)).teamId()).isEqualTo(U25);
        assertThat(decide("Berg", "12345", TODAY.minusYears(25).plusDays(1)).teamId())
                .as("the day before the 25th birthday")
                .isEqualTo(U25);
        assertThat(decide("Berg", "12345", TODAY.minusYears(25)).teamId())
                .as("on the 25th birthday")
                .isEqualTo(MARKET);
    }

    @Test
    void theLongerPostalPrefixWinsThenTheNarrowerLetterRangeThenTheOlderRule() {
        teamRule(MARKET, TeamKind.MARKET_INTEGRATION, 'A', 'Z', null);
        teamRule(MARKET_SOUTH, TeamKind.MARKET_INTEGRATION, 'A', 'Z', "123");
        teamRule(MARKET_SOUTH, TeamKind.MARKET_INTEGRATION, 'K', 'M', null);

        assertThat(decide("Adler", "12399", ADULT).teamId()).isEqualTo(MARKET_SOUTH);
        assertThat(decide("Lang", "99999", ADULT).teamId()).isEqualTo(MARKET_SOUTH);
        assertThat(decide("Adler", "99999", ADULT).teamId()).isEqualTo(MARKET);
        assertThat(decide("Adler", null, ADULT).teamId()).isEqualTo(MARKET);
    }

    @Test
    void withinTheTeamACaseworkerRuleNamesTheCaseworkerAndOtherwiseTheTeamsQueueTakesThem() {
        teamRule(MARKET, TeamKind.MARKET_INTEGRATION, 'A', 'Z', "1");
        caseworkerRule(MARKET, TeamKind.MARKET_INTEGRATION, 41, true, 'A', 'K');
        caseworkerRule(MARKET_SOUTH, TeamKind.MARKET_INTEGRATION, 42, true, 'L', 'Z');

        Decision adler = decide("Adler", "12345", ADULT);
        assertThat(adler.teamId()).isEqualTo(MARKET);
        assertThat(adler.caseworkerId()).isEqualTo(41L);
        assertThat(adler.ruleId()).isEqualTo(2L);

        Decision zander = decide("Zander", "12345", ADULT);
        assertThat(zander.teamId())
                .as("the team rule's prefix is the more specific")
                .isEqualTo(MARKET);
        assertThat(zander.queued()).as("no caseworker of the team covers Z").isTrue();
        assertThat(zander.ruleId()).isEqualTo(1L);

        Decision elsewhere = decide("Zander", "99999", ADULT);
        assertThat(elsewhere.teamId())
                .as("a caseworker's rule speaks for the caseworker's team")
                .isEqualTo(MARKET_SOUTH);
        assertThat(elsewhere.caseworkerId()).isEqualTo(42L);
    }

    @Test
    void aLeaversRuleStillNamesTheTeamAndTheirCustomersGoToItsQueue() {
        caseworkerRule(MARKET, TeamKind.MARKET_INTEGRATION, 41, false, 'A', 'Z');

        Decision decision = decide("Adler", "12345", ADULT);
        assertThat(decision.teamId()).isEqualTo(MARKET);
        assertThat(decision.queued()).isTrue();
    }

    @Test
    void nobodyIsResponsibleWhenNoRuleCovers() {
        teamRule(MARKET, TeamKind.MARKET_INTEGRATION, 'A', 'F', "1");
        rules.add(new Terms(9, null, null, 77L, true, 'A', 'Z', null)); // a caseworker without a team

        Responsibility responsibility = new Responsibility(rules);
        assertThat(responsibility.decide(new Person("Zander", "12345", ADULT, TODAY)))
                .isEmpty();
        assertThat(responsibility.decide(new Person("Adler", "22345", ADULT, TODAY)))
                .isEmpty();
        assertThat(responsibility.decide(new Person("Adler", null, ADULT, TODAY)))
                .isEmpty();
        assertThat(responsibility.decide(new Person("Adler", "12345", TODAY.minusYears(20), TODAY)))
                .as("a market team does not take the young")
                .isEmpty();
    }

    @Test
    void aCustomerOutgrowsAU25TeamOnTheirBirthdayAndATeamWhoseRulesNoLongerCoverThem() {
        teamRule(MARKET, TeamKind.MARKET_INTEGRATION, 'A', 'Z', "12");
        Responsibility responsibility = new Responsibility(rules);
        LocalDate turns25Today = TODAY.minusYears(25);

        assertThat(responsibility.outgrown(U25, TeamKind.U25, new Person("Berg", "12345", turns25Today, TODAY)))
                .as("a U25 team without rules of its own still ends at 25")
                .isTrue();
        assertThat(responsibility.outgrown(
                        U25, TeamKind.U25, new Person("Berg", "12345", turns25Today.plusDays(1), TODAY)))
                .isFalse();
        assertThat(responsibility.outgrown(
                        MARKET, TeamKind.MARKET_INTEGRATION, new Person("Berg", "12345", ADULT, TODAY)))
                .isFalse();
        assertThat(responsibility.outgrown(
                        MARKET, TeamKind.MARKET_INTEGRATION, new Person("Berg", "80331", ADULT, TODAY)))
                .as("moved away from the team's postal codes")
                .isTrue();
        assertThat(responsibility.outgrown(
                        MARKET_SOUTH, TeamKind.CASE_MANAGEMENT, new Person("Berg", "80331", ADULT, TODAY)))
                .as("a team without rules keeps whom it took by decision")
                .isFalse();
    }

    @Test
    void aCustomerWhoOutgrewTheTeamGoesWhereTheRulesSayOrStaysWhenNoOtherTeamTakesThem() {
        teamRule(U25, TeamKind.U25, 'A', 'Z', null);
        teamRule(MARKET, TeamKind.MARKET_INTEGRATION, 'A', 'M', null);
        Responsibility responsibility = new Responsibility(rules);
        LocalDate turns25Today = TODAY.minusYears(25);

        assertThat(responsibility.destination(U25, TeamKind.U25, new Person("Berg", null, turns25Today, TODAY)))
                .hasValueSatisfying(d -> assertThat(d.teamId()).isEqualTo(MARKET));
        assertThat(responsibility.destination(U25, TeamKind.U25, new Person("Zorn", null, turns25Today, TODAY)))
                .as("outgrown, but no adult team takes Z")
                .isEmpty();
        assertThat(responsibility.destination(
                        U25, TeamKind.U25, new Person("Berg", null, turns25Today.plusDays(1), TODAY)))
                .as("not outgrown")
                .isEmpty();
    }

    private static StaffMember caseworker() {
        StaffMember member = new StaffMember("cw", "Anna", "Schulz", "$2a$10$hash");
        member.grant(Role.CASEWORKER);
        member.joinTeam(new Team("Team Markt", TeamKind.MARKET_INTEGRATION, null));
        return member;
    }

    private static AssignmentRule rule(StaffMember caseworker, String from, String to, String prefix) {
        return AssignmentRule.forCaseworker(caseworker, from, to, prefix, "admin", Instant.now());
    }

    @Test
    void aRuleNeedsLettersInOrderAPrefixOfDigitsAndACaseworkerInATeam() {
        StaffMember cw = caseworker();
        assertThatThrownBy(() -> rule(cw, "M", "C", null))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("letterTo"));
        assertThatThrownBy(() -> rule(cw, "AB", "C", null))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("letterFrom"));
        assertThatThrownBy(() -> rule(cw, "A", "C", "12a"))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("postalPrefix"));
        assertThatThrownBy(() -> rule(new StaffMember("lead", "L", "L", "h"), "A", "C", null))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("caseworker"));
        StaffMember teamless = new StaffMember("solo", "S", "S", "h");
        teamless.grant(Role.CASEWORKER);
        assertThatThrownBy(() -> rule(teamless, "A", "C", null))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.messageKey()).isEqualTo("assignment.noTeam"));
        assertThatThrownBy(() -> AssignmentRule.forTeam(null, "A", "C", null, "admin", Instant.now()))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("team"));
        assertThat(rule(cw, "ä", "z", " ").getLetterFrom()).isEqualTo('A');
    }
}
