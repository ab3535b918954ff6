package de.nahbar.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import de.nahbar.staff.domain.PasswordRule.Refusal;

class PasswordRuleTest {

    private static Optional<Refusal> check(String password) {
        return PasswordRule.check(password, "m.neumann", "Maria", "Neumann");
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(check("Grüne Wiese am Kanal")).isEmpty();
        assertThat(check("tulpen-regal-7-fahrrad")).isEmpty();
    }

    @Test
    void fewerThanTwelveCharactersAreTooShortCountedAsCharactersNotBytes() {
        assertThat(check("Kanal-Wiese")).contains(Refusal.TOO_SHORT);
        assertThat(check(null)).contains(Refusal.TOO_SHORT);
        assertThat(check("Bär-Öl-Füße!")).as("12 characters, 15 bytes").isEmpty();
    }

    @Test
    void moreThanBcryptReadsIsTooLong() {
        assertThat(check("a".repeat(65))).contains(Refusal.TOO_LONG);
        // 37 umlauts are 74 bytes: bcrypt would ignore the end
        assertThat(check("ä".repeat(37))).contains(Refusal.TOO_LONG);
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheCaseAndTheEnding() {
        assertThat(PasswordRule.commonCount()).isGreaterThan(500);
        assertThat(check("Passwort1234")).contains(Refusal.COMMON);
        assertThat(check("JOBCENTER2026!")).contains(Refusal.COMMON);
        assertThat(check("Sommer2025!!")).contains(Refusal.COMMON);
        assertThat(check("qwertzuiop12")).contains(Refusal.COMMON);
        assertThat(check("willkommen123456")).contains(Refusal.COMMON);
    }

    @Test
    void aLongPasswordThatIsEasyToGuessIsWeak() {
        assertThat(check("ab".repeat(32)))
                .as("64 characters, two letters alternating")
                .contains(Refusal.WEAK);
        assertThat(check("123456789012345")).contains(Refusal.WEAK);
        assertThat(check("asdfghjklöasdfghjklö")).contains(Refusal.WEAK);
        assertThat(check("aaaaaaaaaaaaaaaa")).contains(Refusal.WEAK);
    }

    @Test
    void theLoginOrThePersonsNameIsNotAPassword() {
        assertThat(check("m.neumann-2026")).contains(Refusal.CONTAINS_NAME);
        assertThat(check("ich-bin-die-MARIA")).contains(Refusal.CONTAINS_NAME);
        assertThat(check("familie neumann")).contains(Refusal.CONTAINS_NAME);
    }
}
