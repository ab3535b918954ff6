package de.nahbar.it.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import de.nahbar.it.support.BrowserTestCase;
import de.nahbar.shared.domain.JobcenterTime;

/**
 * Customers arrive and leave in the browser: a caseworker registers a walk-in (and is shown a
 * possible duplicate before a second registration of the same name and birth date), and records
 * an exit in the case file: a date in the future is refused at the field, the case file shows
 * the exit read-only, and the customer is gone from the caseload list and its count. Both work
 * on customers the test registers itself, in Lukas Koch's caseload.
 */
class CaseExitBrowserIT extends BrowserTestCase {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("[id='caseloadForm:customers_data'] tr"));
    }

    private int all() {
        return Integer.parseInt(browser.text(By.id("caseloadForm:qAll")).replaceAll("\\D", ""));
    }

    @Test
    void aCaseworkerRegistersAWalkInAndIsWarnedOfAPossibleDuplicateTheSecondTime() {
        browser.login("l.koch", PASSWORD);
        browser.open("/caseload/list.xhtml");
        int before = all();
        browser.click(By.id("caseloadForm:registerCustomer"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/case/register.xhtml"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        String surname = "Vorsprache" + (System.nanoTime() % 100_000);
        register(number(), surname);
        browser.waitUntil(d -> d.getCurrentUrl().contains("/case/file.xhtml"));
        assertThat(browser.heading()).isEqualTo("Ada " + surname);
        assertThat(browser.text(By.id("globalMessages"))).contains("ist aufgenommen");

        browser.open("/case/register.xhtml");
        register(number(), surname);
        browser.waitForText(By.id("duplicateForm:duplicates"), surname + ", Ada");
        assertThat(browser.text(By.id("duplicateForm:duplicates"))).contains("Name und Geburtsdatum");
        assertThat(browser.driver().getCurrentUrl()).as("nothing saved yet").contains("/case/register.xhtml");
        browser.click(By.id("duplicateForm:confirm"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/case/file.xhtml"));

        browser.open("/caseload/list.xhtml");
        assertThat(all()).isEqualTo(before + 2);
    }

    /** Replaces a date picker's value as a person does: select all, type over it. */
    private void retype(By field, String text) {
        WebElement input = browser.driver().findElement(field);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    private static String number() {
        return String.format("%03dD%06d", System.nanoTime() % 1000, (System.nanoTime() / 1000) % 1_000_000);
    }

    private void register(String number, String surname) {
        browser.type(By.id("registrationForm:customerNumber"), number);
        browser.type(By.id("registrationForm:firstName"), "Ada");
        browser.type(By.id("registrationForm:lastName"), surname);
        browser.type(By.id("registrationForm:birthDate_input"), "03.04.1990");
        browser.click(By.id("registrationForm:check"));
    }

    @Test
    void aCaseworkerClosesACaseWhichLeavesTheCaseloadAndStaysReadable() {
        browser.login("l.koch", PASSWORD);
        // a customer of the test's own, so that no demo customer other tests count on leaves
        browser.open("/case/register.xhtml");
        String number = number();
        register(number, "Abgang" + (System.nanoTime() % 100_000));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/case/file.xhtml"));
        String caseFile = browser.driver().getCurrentUrl();
        browser.open("/caseload/list.xhtml");
        int before = all();
        browser.driver().get(caseFile);
        browser.waitUntil(d -> !d.findElements(By.id("exitStart:startExit")).isEmpty());

        browser.click(By.id("exitStart:startExit"));
        browser.waitUntil(d -> !d.findElements(By.id("exitForm:exitReason")).isEmpty());
        assertThat(browser.text(By.id("exitForm"))).contains("Eine laufende Teilnahme beendet nahbar nicht");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        retype(
                By.id("exitForm:closedOn_input"),
                JobcenterTime.today().plusDays(3).format(GERMAN_DATE));
        browser.choose("exitForm:exitReason", "Arbeitsaufnahme");
        browser.click(By.id("exitForm:confirmExit"));
        browser.waitForText(By.id("exitForm:closedOnMessage"), "nicht in der Zukunft");

        retype(By.id("exitForm:closedOn_input"), JobcenterTime.today().format(GERMAN_DATE));
        browser.click(By.id("exitForm:confirmExit"));
        browser.waitForText(
                By.id("closedNotice"),
                "Fall abgeschlossen am " + JobcenterTime.today().format(GERMAN_DATE) + " (Arbeitsaufnahme)");
        assertThat(browser.text(By.id("globalMessages"))).contains("ist abgeschlossen");
        assertThat(browser.has(By.id("exitStart:startExit"))).as("closed once").isFalse();
        assertThat(browser.has(By.id("tabs:noteForm"))).as("no more notes").isFalse();

        browser.open("/caseload/list.xhtml");
        assertThat(all()).isEqualTo(before - 1);
        browser.type(By.id("caseloadForm:search"), number);
        browser.click(By.id("caseloadForm:apply"));
        browser.waitUntil(d -> rows().size() == 1 && !rows().get(0).getText().contains(number));

        browser.driver().get(caseFile);
        browser.waitForText(By.id("closedNotice"), "Fall abgeschlossen");
        assertThat(browser.text(By.id("summaryNumber"))).isEqualTo(number);
    }
}
