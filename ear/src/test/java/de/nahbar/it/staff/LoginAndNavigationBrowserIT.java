package de.nahbar.it.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.BrowserTestCase;
import de.nahbar.it.support.ForgetTheTestsAddress;

/** Logging in, landing, navigating, switching language and being refused, as each role. */
@ExtendWith(ForgetTheTestsAddress.class)
class LoginAndNavigationBrowserIT extends BrowserTestCase {

    /** Demo login, start page, its heading and the navigation the person sees. */
    private record Expected(
            String username, String displayName, String startPath, String heading, List<String> navigation) {}

    private static final List<Expected> ROLES = List.of(
            new Expected(
                    "a.schulz",
                    "Anna Schulz",
                    "/caseload/today.xhtml",
                    "Mein Tag",
                    List.of("Mein Tag", "Mein Bestand", "Vertretung", "Maßnahmekatalog", "Träger", "Erreichbarkeit")),
            new Expected(
                    "b.yilmaz",
                    "Berkan Yilmaz",
                    "/measure/mine.xhtml",
                    "Meine Maßnahmen",
                    List.of(
                            "Mein Tag",
                            "Mein Bestand",
                            "Vertretung",
                            "Maßnahmekatalog",
                            "Träger",
                            "Erreichbarkeit",
                            "Meine Maßnahmen",
                            "Maßnahmen importieren")),
            new Expected(
                    "c.meyer",
                    "Clara Meyer",
                    "/team/overview.xhtml",
                    "Mein Team",
                    List.of("Mein Team", "Auslastung", "Vertretung", "Maßnahmekatalog", "Träger", "Rollenfreigaben")),
            new Expected(
                    "d.krueger",
                    "Dana Krüger",
                    "/admin/staff.xhtml",
                    "Benutzer und Teams",
                    List.of(
                            "Benutzer und Teams",
                            "Organisation",
                            "Leistungsdatei",
                            "Maßnahmen importieren",
                            "Maßnahmekatalog",
                            "Träger",
                            "Zuständigkeiten",
                            "Rollenfreigaben")),
            new Expected(
                    "e.wagner",
                    "Erik Wagner",
                    "/audit/access-log.xhtml",
                    "Zugriffsprotokoll",
                    List.of("Zugriffsprotokoll")));

    @Test
    void startIsTheGermanLoginPage() {
        browser.open("/");

        assertThat(browser.heading()).isEqualTo("Anmelden");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("de");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("label[for=j_username]"))
                        .getText())
                .isEqualTo("Benutzername");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("label[for=j_password]"))
                        .getText())
                .isEqualTo("Passwort");
    }

    @Test
    void eachRoleLandsOnItsOwnStartPageWithItsNavigation() {
        SoftAssertions softly = new SoftAssertions();
        for (Expected role : ROLES) {
            try (Browser own = Browser.start()) {
                own.login(role.username(), PASSWORD);
                softly.assertThat(own.path())
                        .as(role.username() + " start page")
                        .isEqualTo(role.startPath());
                softly.assertThat(own.heading())
                        .as(role.username() + " heading")
                        .isEqualTo(role.heading());
                softly.assertThat(own.navigation())
                        .as(role.username() + " navigation")
                        .containsExactlyElementsOf(role.navigation());
                softly.assertThat(own.text(By.id("currentUser")))
                        .as(role.username() + " header")
                        .contains(role.displayName());
            }
        }
        softly.assertAll();
    }

    @Test
    void wrongPasswordGetsAClearGermanMessage() {
        browser.login("a.schulz", "falsches-passwort");

        assertThat(browser.text(By.id("loginError")))
                .startsWith("Benutzername oder Passwort ist falsch. Bitte versuchen Sie es erneut.")
                .contains("Nach 5 falschen Passwörtern gilt vor jedem weiteren Versuch eine Wartezeit");
        assertThat(browser.has(By.id("j_username"))).isTrue();
    }

    @Test
    void keyboardAloneIsEnoughToLogIn() {
        browser.open("/");
        browser.driver().switchTo().activeElement().sendKeys("a.schulz", Keys.TAB, PASSWORD, Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/caseload/today.xhtml"));

        assertThat(browser.heading()).isEqualTo("Mein Tag");
    }

    @Test
    void logoutEndsTheSession() {
        browser.login("c.meyer", PASSWORD);
        browser.click(By.id("logoutForm:logout"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("loggedOut"));

        assertThat(browser.text(By.id("loggedOut"))).isEqualTo("Sie wurden abgemeldet.");
        browser.open("/team/overview.xhtml");
        assertThat(browser.heading()).isEqualTo("Anmelden");
        assertThat(browser.pageSource()).doesNotContain("Team Markt und Integration Nord");
    }

    @Test
    void languageCanBeSwitchedToEnglishAndBack() {
        browser.login("a.schulz", PASSWORD);

        browser.click(By.id("languageForm:english"));
        browser.waitForText(By.tagName("h1"), "My day");
        assertThat(browser.navigation())
                .containsExactly("My day", "My caseload", "Deputies", "Measure catalogue", "Providers", "Reachability");
        assertThat(browser.text(By.id("logoutForm:logout"))).isEqualTo("Log out");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("en");

        browser.click(By.id("languageForm:german"));
        browser.waitForText(By.tagName("h1"), "Mein Tag");
        assertThat(browser.text(By.id("logoutForm:logout"))).isEqualTo("Abmelden");
    }

    @Test
    void forbiddenPageShowsTheGerman403PageAndNothingOfThePage() {
        browser.login("a.schulz", PASSWORD);
        browser.open("/admin/staff.xhtml");

        assertThat(browser.heading()).isEqualTo("Zugriff verweigert");
        assertThat(browser.pageSource()).doesNotContain("d.krueger").doesNotContain("Dana Krüger");
        assertThat(browser.text(By.tagName("body"))).doesNotContain("Exception").doesNotContain("at de.nahbar");
    }

    @Test
    void unknownPageShowsTheGerman404Page() {
        browser.login("a.schulz", PASSWORD);
        browser.open("/gibt-es-nicht.xhtml");

        assertThat(browser.heading()).isEqualTo("Seite nicht gefunden");
    }

    @Test
    void administratorFindsColleaguesByName() {
        browser.login("d.krueger", PASSWORD);
        // sorted by last name; the tests' own staff ("Test Person …") may fill the rest of the first page
        assertThat(browser.text(By.id("staffForm:staff"))).contains("Hanna Becker", "Felix Hoffmann");

        browser.type(By.id("staffForm:search"), "Becker");
        browser.waitUntil(
                d -> !d.findElement(By.id("staffForm:staff")).getText().contains("Felix Hoffmann"));

        assertThat(browser.text(By.id("staffForm:staff"))).contains("Hanna Becker", "Team U25", "Teamleitung");
    }

    @Test
    void auditorIsToldWhenTheDateRangeIsBackwards() {
        browser.login("e.wagner", PASSWORD);
        browser.type(By.id("logForm:from_input"), "10.11.2026");
        browser.type(By.id("logForm:to_input"), "01.11.2026");
        browser.click(By.id("logForm:searchButton"));

        browser.waitForText(By.id("logForm:toMessage"), "Das Bis-Datum darf nicht vor dem Von-Datum liegen.");
    }

    @Test
    void loginAndStartPagesHaveNoSeriousAccessibilityViolations() {
        SoftAssertions softly = new SoftAssertions();
        browser.open("/");
        softly.assertThat(browser.seriousAccessibilityViolations())
                .as("login page")
                .isEmpty();
        for (Expected role : ROLES) {
            try (Browser own = Browser.start()) {
                own.login(role.username(), PASSWORD);
                softly.assertThat(own.seriousAccessibilityViolations())
                        .as(role.startPath())
                        .isEmpty();
            }
        }
        softly.assertAll();
    }
}
