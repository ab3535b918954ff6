package de.nahbar.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.ForgetTheTestsAddress;
import de.nahbar.it.support.LoginClient;
import de.nahbar.it.support.PostgresForTests;

/** The administrator's user page: new logins with a password that will do, waits of logins ended. */
@ExtendWith(ForgetTheTestsAddress.class)
class AdministrationBrowserIT extends BrowserTestCase {

    @Test
    void anAdministratorCreatesALoginAndIsToldAtTheFieldWhyAPasswordWillNotDo() {
        String username = "n.neu" + System.nanoTime() % 1_000_000;
        browser.login("d.krueger", PASSWORD);
        browser.click(By.id("staffForm:newLogin"));
        browser.waitUntil(d -> !d.findElements(By.id("newLoginForm:username")).isEmpty());
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.type(By.id("newLoginForm:username"), username);
        browser.type(By.id("newLoginForm:firstName"), "Nina");
        browser.type(By.id("newLoginForm:lastName"), "Neumann");
        browser.driver().findElement(By.cssSelector("[id='newLoginForm:roles'] .ui-chkbox-box")).click();
        browser.type(By.id("newLoginForm:password"), "Passwort2026!");
        browser.click(By.id("newLoginForm:create"));
        browser.waitForText(By.id("newLoginForm:passwordMessage"), "verbreitet");
        browser.type(By.id("newLoginForm:password"), "Nina Neumann 1985");
        browser.click(By.id("newLoginForm:create"));
        browser.waitForText(By.id("newLoginForm:passwordMessage"), "Vor- oder Nachnamen");
        assertThat(PostgresForTests.queryString("select count(*) from staff_member where username = ?", username))
                .isEqualTo("0");

        browser.type(By.id("newLoginForm:password"), "Rote Tulpen am Kanal");
        browser.click(By.id("newLoginForm:create"));
        browser.waitForText(By.id("globalMessages"), "Die Anmeldung " + username + " ist angelegt.");
        assertThat(browser.text(By.id("staffForm:staff"))).contains("Nina Neumann", "Arbeitsvermittlung");

        try (Browser newcomer = Browser.start()) {
            newcomer.login(username, "Rote Tulpen am Kanal");
            assertThat(newcomer.path()).isEqualTo("/caseload/today.xhtml");
        }
        assertThat(PostgresForTests.queryString("select kind || ':' || actor from staff_event where username = ?", username))
                .isEqualTo("CREATED:d.krueger");
    }

    @Test
    void anAdministratorSeesALoginThatMustWaitAndEndsTheWaitAtOnce() throws Exception {
        String person = LoginThrottleIT.newCaseworker("l.admin");
        LoginThrottleIT.guessFromManyAddresses(person);
        assertThat(new LoginClient().login(person, "demo")).isEqualTo(LoginClient.Outcome.WAIT);

        browser.login("d.krueger", PASSWORD);
        browser.driver().findElement(By.cssSelector("[id='staffForm:heldOnly'] .ui-chkbox-box")).click();
        browser.waitForText(By.id("staffForm:staff"), person);
        assertThat(browser.text(By.xpath("//tr[contains(., '" + person + "')]"))).contains("Wartezeit bis");
        browser.click(By.xpath("//tr[contains(., '" + person + "')]//button"));
        browser.waitForText(By.id("globalMessages"), "Die Wartezeit ist beendet");

        assertThat(browser.text(By.id("staffForm:staff"))).doesNotContain(person);
        assertThat(new LoginClient().login(person, "demo")).isEqualTo(LoginClient.Outcome.IN);
        assertThat(PostgresForTests.queryString("select string_agg(kind || ':' || coalesce(actor, '-'), ',' order by id)"
                + " from staff_event where username = ?", person)).isEqualTo("THROTTLED:-,RELEASED:d.krueger");
    }
}
