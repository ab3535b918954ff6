package de.nahbar.it.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.BrowserTestCase;
import de.nahbar.it.support.ForgetTheTestsAddress;
import de.nahbar.it.support.LoginClient;
import de.nahbar.it.support.PostgresForTests;

/** The administrator's user page: new logins whose roles a second person confirms, waits of logins ended. */
@ExtendWith(ForgetTheTestsAddress.class)
class AdministrationBrowserIT extends BrowserTestCase {

    @Test
    void aNewCaseworkerGetsInOnlyAfterTheTeamLeadConfirmedAndChoosesHerOwnPassword() {
        String username = "n.neu" + System.nanoTime() % 1_000_000;
        browser.login("d.krueger", PASSWORD);
        browser.click(By.id("staffForm:newLogin"));
        browser.waitUntil(d -> !d.findElements(By.id("newLoginForm:username")).isEmpty());
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        assertThat(browser.has(By.id("newLoginForm:password")))
                .as("the administrator sets no password")
                .isFalse();

        browser.type(By.id("newLoginForm:username"), username);
        browser.type(By.id("newLoginForm:firstName"), "Nina");
        browser.type(By.id("newLoginForm:lastName"), "Neumann");
        browser.choose("newLoginForm:team", "Team Markt und Integration Nord");
        browser.driver()
                .findElement(By.cssSelector("[id='newLoginForm:roles'] .ui-chkbox-box"))
                .click();
        browser.click(By.id("newLoginForm:create"));
        browser.waitForText(By.id("globalMessages"), "Die Anmeldung " + username + " ist angelegt.");
        browser.open("/staff/approvals.xhtml");
        browser.waitUntil(d -> !d.findElements(By.id("approvalsForm:pending")).isEmpty());
        assertThat(browser.text(By.id("approvalsForm:pending")))
                .as("her own request")
                .doesNotContain(username);

        String startPassword;
        try (Browser lead = Browser.start()) {
            lead.login("c.meyer", PASSWORD);
            lead.open("/staff/approvals.xhtml");
            lead.waitUntil(d -> !d.findElements(By.id("approvalsForm:pending")).isEmpty());
            assertThat(lead.text(By.id("approvalsForm:pending")))
                    .contains("Nina Neumann", "Arbeitsvermittlung", "d.krueger");
            assertThat(lead.seriousAccessibilityViolations()).isEmpty();
            lead.click(By.xpath("//tr[contains(., '" + username + "')]//button[contains(@id, ':confirm')]"));
            lead.waitForText(By.id("approvalsForm:startPassword"), "Startpasswort für Nina Neumann");
            startPassword = lead.text(By.id("startPasswordValue"));
        }

        try (Browser newcomer = Browser.start()) {
            newcomer.login(username, startPassword);
            assertThat(newcomer.path()).isEqualTo("/account/password.xhtml");
            newcomer.open("/caseload/list.xhtml");
            assertThat(newcomer.path()).as("nothing before her own password").isEqualTo("/account/password.xhtml");
            newcomer.type(By.id("passwordForm:current"), startPassword);
            newcomer.type(By.id("passwordForm:next"), "Rote Tulpen am Kanal");
            newcomer.type(By.id("passwordForm:repeated"), "Rote Tulpen am Kana");
            newcomer.click(By.id("passwordForm:save"));
            newcomer.waitForText(By.id("passwordForm:repeatedMessage"), "stimmen nicht überein");
            newcomer.type(By.id("passwordForm:current"), startPassword); // password fields are not shown again
            newcomer.type(By.id("passwordForm:next"), "Rote Tulpen am Kanal");
            newcomer.type(By.id("passwordForm:repeated"), "Rote Tulpen am Kanal");
            newcomer.click(By.id("passwordForm:save"));
            newcomer.waitUntil(d -> d.getCurrentUrl().endsWith("/caseload/today.xhtml"));

            // the administrator takes the role away: the open session ends at its next request
            browser.open("/admin/staff.xhtml");
            browser.type(By.id("staffForm:search"), username);
            browser.waitForText(By.id("staffForm:staff"), "Nina Neumann");
            browser.driver().findElement(By.linkText("Nina Neumann")).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("/admin/member.xhtml"));
            browser.waitUntil(d -> !d.findElements(By.id("history")).isEmpty());
            assertThat(browser.text(By.id("history"))).contains("Rolle erteilt: Arbeitsvermittlung", "c.meyer");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.click(By.cssSelector("[id$=':revoke']"));
            browser.waitForText(By.id("globalMessages"), "Die Rolle ist entzogen");

            newcomer.open("/caseload/today.xhtml");
            assertThat(newcomer.has(By.id("sessionEnded"))).isTrue();
        }
        assertThat(PostgresForTests.queryString(
                        "select string_agg(kind || ':' || actor || ':' || coalesce(confirmed_by, '-'),"
                                + " ',' order by id) from staff_event where username = ?",
                        username))
                .isEqualTo(
                        "CREATED:d.krueger:-,GRANT_REQUESTED:d.krueger:-,GRANTED:d.krueger:c.meyer,START_PASSWORD:c.meyer:-,"
                                + "PASSWORD_CHANGED:" + username + ":-,REVOKED:d.krueger:-");
    }

    @Test
    void anAdministratorSeesALoginThatMustWaitAndEndsTheWaitAtOnce() throws Exception {
        String person = LoginThrottleIT.newCaseworker("l.admin");
        LoginThrottleIT.guessFromManyAddresses(person);
        assertThat(new LoginClient().login(person, "demo")).isEqualTo(LoginClient.Outcome.WAIT);

        browser.login("d.krueger", PASSWORD);
        browser.driver()
                .findElement(By.cssSelector("[id='staffForm:heldOnly'] .ui-chkbox-box"))
                .click();
        browser.waitForText(By.id("staffForm:staff"), person);
        assertThat(browser.text(By.xpath("//tr[contains(., '" + person + "')]")))
                .contains("Wartezeit bis");
        browser.click(By.xpath("//tr[contains(., '" + person + "')]//button"));
        browser.waitForText(By.id("globalMessages"), "Die Wartezeit ist beendet");

        assertThat(browser.text(By.id("staffForm:staff"))).doesNotContain(person);
        assertThat(new LoginClient().login(person, "demo")).isEqualTo(LoginClient.Outcome.IN);
        assertThat(PostgresForTests.queryString(
                        "select string_agg(kind || ':' || coalesce(actor, '-'), ',' order by id)"
                                + " from staff_event where username = ?",
                        person))
                .isEqualTo("THROTTLED:-,RELEASED:d.krueger");
    }
}
