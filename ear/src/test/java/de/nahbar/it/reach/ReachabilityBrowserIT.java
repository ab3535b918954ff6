package de.nahbar.it.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import de.nahbar.it.support.BrowserTestCase;
import de.nahbar.it.support.PostgresForTests;
import de.nahbar.shared.domain.JobcenterTime;

/**
 * Reachability as caseworkers and team leads use it: opting in and sending an invitation whose
 * letter carries the direct dial; a caller found by a number written differently, the call logged
 * as "not my responsibility" with a referral from the directory; a callback promised and made;
 * the trial dashboard; the team lead's view that shows nobody's own figures.
 */
class ReachabilityBrowserIT extends BrowserTestCase {

    @Test
    void aCaseworkerOptsInAndTheInvitationLetterCarriesTheDirectDial() throws IOException {
        browser.login("b.yilmaz", PASSWORD);
        browser.open("/reach/settings.xhtml");
        browser.type(By.id("settingsForm:directDial"), "7001-1203");
        browser.click(By.id("settingsForm:save"));
        browser.waitForText(By.id("settingsForm:directDialMessage"), "Bitte eine Telefonnummer mit Vorwahl eingeben");

        browser.type(By.id("settingsForm:directDial"), "0345 7001-1203");
        browser.type(By.id("settingsForm:phoneHours"), "Mo und Mi 8–10 Uhr");
        browser.click(By.cssSelector("[id='settingsForm:publishPhone'] .ui-chkbox-box"));
        browser.click(By.id("settingsForm:save"));
        browser.waitForText(By.id("globalMessages"), "Ihre Entscheidung ist gespeichert");
        assertThat(browser.text(By.id("consents"))).contains("034570011203");

        String customer =
                PostgresForTests.queryString("select c.id from customer c join staff_member m on m.id = c.caseworker_id"
                        + " where m.username = 'b.yilmaz' and c.street is not null order by c.id limit 1");
        browser.open("/reach/invitations.xhtml?customer=" + customer);
        assertThat(browser.text(By.id("publishedContact"))).contains("0345 7001-1203");
        String when = JobcenterTime.today()
                .plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY))
                .atTime(10, 15)
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"));
        browser.type(By.id("inviteForm:startsAt_input"), when);
        browser.type(By.id("inviteForm:place"), "Raum 2.14");
        browser.type(By.id("inviteForm:purpose"), "Wir besprechen Ihre Bewerbung als Lagerhelfer.");
        browser.type(By.id("inviteForm:bring"), "Lebenslauf");
        browser.click(By.id("inviteForm:invite"));
        browser.waitForText(By.id("globalMessages"), "Die Einladung ist erstellt");
        assertThat(browser.text(By.id("appointmentsForm:appointments")))
                .contains("Lagerhelfer", "Persönlich, Raum 2.14");

        browser.driver()
                .findElements(By.cssSelector("[id$=':downloadLetter']"))
                .get(0)
                .click();
        String letter = browser.downloadedPdfText();
        assertThat(letter)
                .contains(
                        "Sie erreichen mich direkt unter 0345 7001-1203 (Mo und Mi 8–10 Uhr)",
                        "Lagerhelfer",
                        "Raum 2.14",
                        "10:15");
        assertThat(PostgresForTests.queryString(
                        "select count(*) from contact where customer_id = ? and channel = 'LETTER'",
                        Long.parseLong(customer)))
                .isEqualTo("1");
    }

    @Test
    void aCallerIsFoundByTheirNumberInAnotherFormatReferredAndPromisedACallback() {
        String[] caller = PostgresForTests.queryString("select c.customer_number || '|' || c.phone from customer c"
                        + " join staff_member m on m.id = c.caseworker_id where m.username = 'a.schulz' and c.phone like '0151 %'"
                        + " order by c.id desc limit 1")
                .split("\\|");
        // as a caller's number may be written down: with the trunk zero after the country code
        String international = "+49 (0) " + caller[1].substring(1);
        browser.login("a.schulz", PASSWORD);

        // a mouse user clicks into the box and types: it is empty and shows its hint
        WebElement box = browser.driver().findElement(By.id("lookupForm:lookup_input"));
        assertThat(box.getAttribute("value")).isEmpty();
        assertThat(box.getAttribute("placeholder")).isNotBlank();
        box.click();
        box.sendKeys(international);
        By match = By.cssSelector("[id='lookupForm:lookup_panel'] li");
        browser.waitUntil("the lookup's matches", d -> !d.findElements(match).isEmpty());
        assertThat(browser.driver().findElements(match))
                .singleElement()
                .satisfies(li -> assertThat(li.getText()).contains(caller[0]));
        browser.driver().findElement(match).click();
        browser.waitUntil("the call card", d -> d.getCurrentUrl().contains("/reach/card.xhtml"));
        assertThat(browser.text(By.id("cardNumber"))).isEqualTo(caller[0]);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        // not my responsibility: referred to the housing benefit office from the directory
        browser.type(By.id("callForm:directorySearch"), "Wohngeld");
        browser.waitUntil(
                "the directory filtered",
                d -> d.findElements(By.cssSelector("[id='callForm:directory_data'] tr"))
                                .size()
                        == 1);
        browser.click(By.cssSelector("[id='callForm:directory_data'] tr [id$=':refer']"));
        browser.waitForText(By.id("callForm:chosenReferral"), "Weitervermittelt an: Wohngeld");
        browser.type(By.id("callForm:minutes_input"), "4");
        browser.type(By.id("callForm:note"), "Fragt nach dem Wohngeldantrag");
        browser.click(By.id("callForm:logCall"));
        browser.waitForText(By.id("globalMessages"), "Der Anruf ist im Kontaktverlauf vermerkt");
        assertThat(browser.text(By.id("lastContacts"))).contains("Anruf: nicht zuständig, weiterverwiesen");
        assertThat(PostgresForTests.queryString(
                        "select k.referred_to from contact k join customer c on c.id = k.customer_id"
                                + " where c.customer_number = ? and k.call_topic = 'NOT_RESPONSIBLE' order by k.id desc limit 1",
                        caller[0]))
                .startsWith("Wohngeld: Wohngeldstelle der Stadt Musterstadt");

        // a callback within the usual 48 hours, then made
        browser.type(By.id("callbackForm:callbackTopic"), "Rückmeldung zur Bewerbung bei Pflege Plus");
        browser.click(By.id("callbackForm:scheduleCallback"));
        browser.waitForText(By.id("globalMessages"), "Der Rückruf ist zugesagt");
        WebElement row = openItem("Rückmeldung zur Bewerbung bei Pflege Plus");
        row.findElement(By.cssSelector("input[id$=':doneNote']")).sendKeys("Erreicht, Vorstellungstermin am Freitag");
        row.findElement(By.cssSelector("[id$=':completeCallback']")).click();
        browser.waitForAjax();
        browser.waitForText(By.id("globalMessages"), "Der Rückruf ist als erledigt vermerkt");
        assertThat(browser.text(By.id("openForm:openItems")))
                .doesNotContain("Rückmeldung zur Bewerbung bei Pflege Plus");
        assertThat(PostgresForTests.queryString(
                        "select f.done_note from follow_up f where f.title = ? order by f.id desc limit 1",
                        "Rückmeldung zur Bewerbung bei Pflege Plus"))
                .isEqualTo("Erreicht, Vorstellungstermin am Freitag");
    }

    private WebElement openItem(String title) {
        browser.waitUntil(
                "the open callback",
                d -> d.findElement(By.id("openForm:openItems")).getText().contains(title));
        return browser.driver().findElements(By.cssSelector("[id='openForm:openItems_data'] tr")).stream()
                .filter(r -> r.getText().contains(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theCaseworkerSeesTheirTrialAsChartsWithTablesBeside() {
        browser.login("a.schulz", PASSWORD);
        browser.open("/reach/settings.xhtml");
        browser.click(By.id("toTrial"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/reach/trial.xhtml"));

        assertThat(browser.text(By.id("trialHeading"))).isEqualTo("Versuch läuft");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[id='weeksChart'] canvas"))
                        .getAttribute("aria-label"))
                .contains("Anrufe je Arbeitstag");
        assertThat(browser.has(By.cssSelector("[id='topicsChart'] canvas"))).isTrue();
        assertThat(browser.text(By.id("topicsTable"))).contains("Nicht zuständig – weitervermittelt");
        assertThat(Integer.parseInt(browser.text(By.id("calls")))).isGreaterThan(100);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void aTeamLeadSeesOnlyThePooledTrialsAndNeverSomeonesOwn() {
        browser.login("c.meyer", PASSWORD);
        browser.open("/team/overview.xhtml");
        // in the demo only Anna Schulz shares her figures: fewer than three, so nothing is shown
        assertThat(browser.text(By.id("trialsTooFew"))).contains("Weniger als drei");
        assertThat(browser.has(By.id("trialsFigures"))).isFalse();

        browser.open("/reach/trial.xhtml");
        assertThat(browser.pageSource()).contains("Zugriff verweigert").doesNotContain("Versuch läuft");
    }

    @Test
    void anAdministratorKeepsTheResponsibilityDirectory() {
        browser.login("d.krueger", PASSWORD);
        browser.open("/admin/responsibilities.xhtml");
        browser.waitUntil(
                "the topics",
                d -> d.findElements(By.cssSelector("[id='listForm:topics_data'] tr"))
                                .size()
                        >= 15);
        // before any message: PrimeFaces 15 marks message list items role="alert", which axe rightly rejects (fixed in
        // 16)
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.type(By.id("editForm:topic"), "Kinderzuschlag");
        browser.type(By.id("editForm:unit"), "Familienkasse der Bundesagentur für Arbeit");
        browser.type(By.id("editForm:phone"), "Familienkasse");
        browser.click(By.id("editForm:save"));
        browser.waitForText(By.id("editForm:phoneMessage"), "Bitte eine Telefonnummer mit Vorwahl eingeben");
        browser.type(By.id("editForm:phone"), "0800 4 5555 30");
        browser.click(By.id("editForm:save"));
        browser.waitForText(By.id("globalMessages"), "Die Zuständigkeit ist gespeichert");
        assertThat(browser.text(By.id("listForm:topics"))).contains("Kinderzuschlag");
    }
}
