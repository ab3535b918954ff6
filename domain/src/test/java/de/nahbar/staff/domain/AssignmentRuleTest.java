package de.nahbar.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.nahbar.shared.domain.RuleBroken;

class AssignmentRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final LocalDate ADULT = LocalDate.of(1980, 1, 1);

    private static StaffMember caseworker(String username, TeamKind kind) {
        StaffMember member = new StaffMember(username, "Anna", "Schulz", "$2a$10$hash");
        member.grant(Role.CASEWORKER);
        member.joinTeam(new Team("Team " + username, kind, null));
        return member;
    }

    private static AssignmentRule rule(StaffMember caseworker, String from, String to, String prefix) {
        return new AssignmentRule(caseworker, from, to, prefix, "admin", Instant.now());
    }

    @Test
    void theSurnameInitialDecidesWithUmlautsAsTheirVowel() {
        assertThat(AssignmentRule.initial("Özdemir")).isEqualTo('O');
        assertThat(AssignmentRule.initial(" müller")).isEqualTo('M');
        assertThat(AssignmentRule.initial("1A")).isEqualTo((char) 0);
        assertThat(AssignmentRule.initial(null)).isEqualTo((char) 0);
    }

    @Test
    void aU25TeamTakesThoseUnder25AndTheOthersThoseFrom25() {
        StaffMember young = caseworker("u25", TeamKind.U25);
        StaffMember adult = caseworker("markt", TeamKind.MARKET_INTEGRATION);
        List<AssignmentRule> rules = List.of(rule(young, "A", "Z", null), rule(adult, "A", "Z", null));

        assertThat(AssignmentRule.responsible(rules, "Berg", "12345", TODAY.minusYears(24), TODAY))
                .contains(young);
        assertThat(AssignmentRule.responsible(rules, "Berg", "12345", TODAY.minusYears(25), TODAY))
                .as("on the 25th birthday")
                .contains(adult);
    }

    @Test
    void theLongerPostalPrefixWinsThenTheNarrowerLetterRange() {
        StaffMember wide = caseworker("wide", TeamKind.MARKET_INTEGRATION);
        StaffMember narrow = caseworker("narrow", TeamKind.MARKET_INTEGRATION);
        StaffMember local = caseworker("local", TeamKind.MARKET_INTEGRATION);
        List<AssignmentRule> rules =
                List.of(rule(wide, "A", "Z", null), rule(narrow, "K", "M", null), rule(local, "A", "Z", "123"));

        assertThat(AssignmentRule.responsible(rules, "Lang", "12399", ADULT, TODAY))
                .contains(local);
        assertThat(AssignmentRule.responsible(rules, "Lang", "99999", ADULT, TODAY))
                .contains(narrow);
        assertThat(AssignmentRule.responsible(rules, "Adler", "99999", ADULT, TODAY))
                .contains(wide);
    }

    @Test
    void nobodyIsResponsibleWhenNoRuleCoversOrItsCaseworkerLeft() {
        StaffMember gone = caseworker("gone", TeamKind.MARKET_INTEGRATION);
        List<AssignmentRule> rules = List.of(rule(gone, "A", "F", "1"));

        assertThat(AssignmentRule.responsible(rules, "Zander", "12345", ADULT, TODAY))
                .isEmpty();
        assertThat(AssignmentRule.responsible(rules, "Adler", "22345", ADULT, TODAY))
                .isEmpty();
        assertThat(AssignmentRule.responsible(rules, "Adler", null, ADULT, TODAY))
                .isEmpty();
        gone.deactivate();
        assertThat(AssignmentRule.responsible(rules, "Adler", "12345", ADULT, TODAY))
                .isEmpty();
    }

    @Test
    void aRuleNeedsLettersInOrderAndAPrefixOfDigits() {
        StaffMember cw = caseworker("cw", TeamKind.OTHER);
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
        assertThat(rule(cw, "ä", "z", " ").getLetterFrom()).isEqualTo('A');
    }
}
