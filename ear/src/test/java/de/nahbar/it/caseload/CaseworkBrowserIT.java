package de.nahbar.it.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.BrowserTestCase;
import de.nahbar.shared.domain.JobcenterTime;

/** The caseworker's day in the browser: caseload, case file, notes, follow-ups, calls, deputies, refusals. */
class CaseworkBrowserIT extends BrowserTestCase {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static String today() {
        return JobcenterTime.today().format(GERMAN_DATE);
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("[id='caseloadForm:customers_data'] tr"));
    }

    /** Opens the first customer of Anna Schulz's caseload list and returns the case file's path. */
    private String openFirstCase() {
        browser.open("/caseload/list.xhtml");
        WebElement link = browser.driver().findElement(By.cssSelector("[id='caseloadForm:customers_data'] tr a"));
        String name = link.getText();
        String href = link.getAttribute("href");
        link.click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/case/file.xhtml"));
        String[] parts = name.split(", ");
        assertThat(browser.heading()).isEqualTo(parts[1] + " " + parts[0]);
        return href.substring(Browser.BASE_URL.length());
    }

    /** Opens a tab of the case file; its content is loaded when first opened. */
    private void tab(String title) {
        browser.click(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']"));
    }

    @Test
    void caseworkerFiltersTheCaseloadAndFindsACustomerByNumber() {
        browser.login("a.schulz", PASSWORD);
        browser.open("/caseload/list.xhtml");
        assertThat(browser.text(By.id("caseloadForm:qAll"))).isEqualTo("Alle (450)");

        browser.click(By.id("caseloadForm:qActive"));
        browser.waitUntil(d -> rows().stream().allMatch(r -> r.getText().contains("aktiv betreut")));
        assertThat(rows()).isNotEmpty();

        String[] found = new String[1];
        browser.waitUntil(d -> {
            found[0] = rows().get(0).findElements(By.tagName("td")).get(1).getText();
            return found[0].matches("\\d{3}D\\d{6}");
        });
        String number = found[0];
        browser.click(By.id("caseloadForm:reset"));
        browser.type(By.id("caseloadForm:search"), number);
        browser.click(By.id("caseloadForm:apply"));
        browser.waitUntil(d -> rows().size() == 1);
        assertThat(rows().get(0).getText()).contains(number);
    }

    @Test
    void excelExportHoldsTheFilteredCaseload() throws Exception {
        browser.login("a.schulz", PASSWORD);
        browser.open("/caseload/list.xhtml");
        browser.click(By.id("caseloadForm:qUnder25"));
        String label = browser.text(By.id("caseloadForm:qUnder25"));
        int expected = Integer.parseInt(label.replaceAll(".*\\((\\d+)\\).*", "$1"));

        browser.driver().findElement(By.id("caseloadForm:export")).click();
        Path file = browser.downloaded(".xlsx");

        assertThat(file.getFileName().toString()).startsWith("bestand-");
        // read as a spreadsheet program would, with Apache POI
        try (var workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            var header = sheet.getRow(0);
            List<String> titles = new ArrayList<>();
            header.forEach(cell -> titles.add(cell.getStringCellValue()));
            assertThat(titles).contains("Kundennummer", "Betreuungsform");
            assertThat(sheet.getLastRowNum()).isEqualTo(expected);
        }
    }

    @Test
    void caseworkerWritesANoteAndCorrectsIt() {
        browser.login("a.schulz", PASSWORD);
        openFirstCase();
        assertThat(browser.text(By.id("tabs:noteForm"))).contains("Art. 15 DSGVO");

        browser.type(By.id("tabs:noteForm:noteText"), "Termin zur Standortbestimmung am 3.12. vereinbart.");
        browser.click(By.id("tabs:noteForm:addNote"));
        browser.waitForText(By.id("tabs:notesList"), "Termin zur Standortbestimmung am 3.12. vereinbart.");

        browser.driver()
                .findElements(By.cssSelector("[id$='correct:startCorrection']"))
                .get(0)
                .click();
        browser.waitUntil(d ->
                !d.findElements(By.id("tabs:correctionForm:correctionText")).isEmpty());
        browser.type(By.id("tabs:correctionForm:correctionText"), "Korrektur: Der Termin ist am 4.12.");
        browser.click(By.id("tabs:correctionForm:saveCorrection"));
        browser.waitForText(By.id("tabs:notesList"), "Korrektur: Der Termin ist am 4.12.");

        String notes = browser.text(By.id("tabs:notesList"));
        assertThat(notes).contains("Termin zur Standortbestimmung am 3.12. vereinbart.", "korrigiert", "Korrektur");
    }

    @Test
    void badInputGetsAGermanMessageNextToTheFieldAndNothingIsSaved() {
        browser.login("a.schulz", PASSWORD);
        openFirstCase();

        browser.type(By.id("tabs:noteForm:noteText"), "<script>alert(1)</script>");
        browser.click(By.id("tabs:noteForm:addNote"));
        browser.waitForText(By.id("tabs:noteForm:noteTextMessage"), "Bitte keine HTML- oder Skript-Zeichen");

        tab("Stammdaten");
        browser.type(By.id("tabs:masterForm:phone"), "ruf mich an");
        browser.type(By.id("tabs:masterForm:firstName"), "");
        browser.click(By.id("tabs:masterForm:saveMasterData"));
        browser.waitForText(By.id("tabs:masterForm:phoneMessage"), "Bitte eine Telefonnummer mit Vorwahl eingeben");
        assertThat(browser.text(By.id("tabs:masterForm:firstNameMessage")))
                .contains("Bitte füllen Sie dieses Feld aus.");
        assertThat(browser.pageSource()).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void nothingTypedIsDroppedOrCorrectedWithoutAWord() {
        browser.login("a.schulz", PASSWORD);
        openFirstCase();

        tab("Wiedervorlagen, Zusagen, Rückrufe");
        browser.type(By.id("tabs:followUpForm:followUpTitle"), "Unterlagen nachfordern");
        browser.type(By.id("tabs:followUpForm:followUpDue_input"), "31.02.2030");
        browser.click(By.id("tabs:followUpForm:addFollowUp"));
        browser.waitForText(By.id("tabs:followUpForm:followUpDueMessage"), "ein Datum eingeben, das es gibt");

        browser.type(By.id("tabs:followUpForm:followUpDue_input"), "01.01.2020");
        browser.click(By.id("tabs:followUpForm:addFollowUp"));
        browser.waitForText(By.id("tabs:followUpForm:followUpDueMessage"), "Bitte einen Tag ab heute wählen");
        assertThat(browser.text(By.id("tabs:followUpList"))).doesNotContain("Unterlagen nachfordern");

        tab("Kontakte");
        String later = java.time.LocalDateTime.now(JobcenterTime.ZONE)
                .plusHours(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"));
        browser.type(By.id("tabs:contactForm:contactAt_input"), later);
        browser.driver().findElement(By.id("tabs:contactForm:contactAt_input")).sendKeys(Keys.ESCAPE);
        browser.type(By.id("tabs:contactForm:contactTopic"), "Termin heute Nachmittag");
        browser.click(By.id("tabs:contactForm:logContact"));
        browser.waitForText(By.id("tabs:contactForm:contactAtMessage"), "wenn er stattgefunden hat");
        assertThat(browser.text(By.id("tabs:contactList"))).doesNotContain("Termin heute Nachmittag");
    }

    @Test
    void caseworkerCompletesAFollowUpAndLogsAPhoneCall() {
        browser.login("a.schulz", PASSWORD);
        openFirstCase();

        tab("Wiedervorlagen, Zusagen, Rückrufe");
        browser.type(By.id("tabs:followUpForm:followUpTitle"), "Rückruf wegen Kinderbetreuung");
        browser.type(By.id("tabs:followUpForm:followUpDue_input"), today());
        browser.click(By.id("tabs:followUpForm:addFollowUp"));
        browser.waitForText(By.id("tabs:followUpList"), "Rückruf wegen Kinderbetreuung");

        WebElement row =
                browser.driver().findElements(By.cssSelector("[id='tabs:followUpList:followUps_data'] tr")).stream()
                        .filter(r -> r.getText().contains("Rückruf wegen Kinderbetreuung"))
                        .findFirst()
                        .orElseThrow();
        row.findElement(By.cssSelector("button")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("[id='tabs:followUpList:followUps_data'] tr")).stream()
                .anyMatch(r -> r.getText().contains("Rückruf wegen Kinderbetreuung")
                        && r.getText().contains("erledigt von a.schulz")));

        tab("Kontakte");
        browser.type(By.id("tabs:contactForm:contactTopic"), "Frage zur Kinderbetreuung geklärt");
        browser.type(By.id("tabs:contactForm:contactMinutes_input"), "7");
        browser.click(By.id("tabs:contactForm:logContact"));
        browser.waitForText(By.id("tabs:contactList"), "Frage zur Kinderbetreuung geklärt");
        assertThat(browser.text(By.id("summaryLastContact"))).startsWith(today());
    }

    @Test
    void callbackPromisedInTheCaseFileWaitsOnMyDayWithThePhoneNumber() {
        browser.login("a.schulz", PASSWORD);
        openFirstCase();
        String name = browser.heading();
        String phone = browser.text(By.id("summaryPhone"));

        tab("Wiedervorlagen, Zusagen, Rückrufe");
        browser.choose("tabs:followUpForm:followUpKind", "Rückruf zugesagt");
        browser.type(By.id("tabs:followUpForm:followUpTitle"), "Rückruf wegen Bewerbungskosten");
        browser.type(By.id("tabs:followUpForm:followUpDue_input"), today());
        browser.click(By.id("tabs:followUpForm:addFollowUp"));
        browser.waitForText(By.id("tabs:followUpList"), "Rückruf zugesagt");

        browser.open("/caseload/today.xhtml");
        WebElement callback =
                browser.driver().findElements(By.cssSelector("[id='callbacksForm:callbacks_data'] tr")).stream()
                        .filter(r -> r.getText().contains("Rückruf wegen Bewerbungskosten"))
                        .findFirst()
                        .orElseThrow();
        assertThat(callback.getText()).contains(today(), phone.isBlank() ? "keine Nummer hinterlegt" : phone);
        assertThat(browser.text(By.id("due"))).doesNotContain("Rückruf wegen Bewerbungskosten");

        // calling back starts from the call card
        callback.findElement(By.tagName("a")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/reach/card.xhtml"));
        assertThat(browser.heading()).isEqualTo("Anrufkarte: " + name);
    }

    @Test
    void secondOfTwoConcurrentSavesIsRefusedWithAnExplanation() {
        browser.login("a.schulz", PASSWORD);
        String path = openFirstCase();
        try (Browser second = Browser.start()) {
            second.login("a.schulz", PASSWORD);
            second.open(path);

            tab("Stammdaten");
            browser.type(By.id("tabs:masterForm:phone"), "030 1111111");
            browser.click(By.id("tabs:masterForm:saveMasterData"));
            browser.waitForText(By.id("globalMessages"), "Die Stammdaten wurden gespeichert.");

            second.click(By.xpath("//ul[@role='tablist']//a[normalize-space()='Stammdaten']"));
            second.type(By.id("tabs:masterForm:phone"), "030 2222222");
            second.click(By.id("tabs:masterForm:saveMasterData"));
            second.waitForText(By.id("globalMessages"), "inzwischen von jemand anderem geändert");
            assertThat(second.has(By.id("conflictForm:reload"))).isTrue();

            second.click(By.id("conflictForm:reload"));
            second.waitUntil(d -> d.getPageSource().contains("030 1111111"));
        }
    }

    @Test
    void deputySeesTheColleaguesCaseloadDuringTheDeputyPeriod() {
        browser.login("a.schulz", PASSWORD);
        browser.open("/caseload/deputies.xhtml");
        browser.choose("deputyForm:deputy", "Lukas Koch");
        browser.type(By.id("deputyForm:from_input"), today());
        browser.type(
                By.id("deputyForm:to_input"), JobcenterTime.today().plusDays(7).format(GERMAN_DATE));
        browser.click(By.id("deputyForm:appoint"));
        browser.waitForText(By.id("deputyForm:arrangements"), "Lukas Koch");
        assertThat(browser.text(By.id("deputyForm:arrangements"))).contains("läuft");

        try (Browser deputy = Browser.start()) {
            deputy.login("l.koch", PASSWORD);
            deputy.open("/caseload/list.xhtml");
            assertThat(deputy.text(By.id("caseloadForm:customers"))).contains("Vertretung");
            deputy.driver()
                    .findElement(By.xpath("//tr[contains(., 'Vertretung')]//a"))
                    .click();
            deputy.waitUntil(d -> d.getCurrentUrl().contains("/case/file.xhtml"));
            assertThat(deputy.text(By.id("purposeDeputy"))).isEqualTo("Sie arbeiten als Vertretung");
        }
    }

    @Test
    void otherCaseworkerGetsTheGerman403ForAForeignCase() {
        browser.login("a.schulz", PASSWORD);
        String path = openFirstCase();
        try (Browser other = Browser.start()) {
            other.login("g.nowak", PASSWORD);
            other.open(path);

            assertThat(other.heading()).isEqualTo("Zugriff verweigert");
            assertThat(other.text(By.tagName("body")))
                    .doesNotContain("Mein Bestand")
                    .doesNotContain("962D");
        }
    }

    @Test
    void teamLeadMustGiveAReasonBeforeTheCaseOpensReadOnly() {
        browser.login("a.schulz", PASSWORD);
        openFirstCase();
        String number = browser.text(By.id("summaryNumber"));
        try (Browser lead = Browser.start()) {
            lead.login("c.meyer", PASSWORD);
            lead.type(By.id("openCaseForm:customerNumber"), number);
            lead.click(By.id("openCaseForm:openCase"));
            lead.waitUntil(d -> !d.findElements(By.id("reasonForm:reason")).isEmpty());
            assertThat(lead.has(By.id("summary"))).isFalse();

            lead.type(By.id("reasonForm:reason"), "kurz");
            lead.click(By.id("reasonForm:openCase"));
            lead.waitForText(By.id("reasonForm:reasonMessage"), "mindestens 10");

            lead.type(By.id("reasonForm:reason"), "Beschwerde des Kunden vom 20.11. prüfen");
            lead.click(By.id("reasonForm:openCase"));
            lead.waitUntil(d -> !d.findElements(By.id("summary")).isEmpty());
            assertThat(lead.text(By.id("readOnly"))).isEqualTo("Nur lesen (Teamleitung)");
            assertThat(lead.has(By.id("tabs:noteForm:noteText"))).isFalse();
        }
        browser.driver().navigate().refresh();
        tab("Zugriffe");
        assertThat(browser.text(By.id("tabs:accesses"))).contains("c.meyer", "Beschwerde des Kunden vom 20.11. prüfen");
    }

    @Test
    void caseloadAndCaseFileHaveNoSeriousAccessibilityViolations() {
        browser.login("a.schulz", PASSWORD);
        browser.open("/caseload/list.xhtml");
        assertThat(browser.seriousAccessibilityViolations()).as("caseload list").isEmpty();
        openFirstCase();
        // each tab's content is loaded when first opened: open them all, the last one stays visible
        for (WebElement tab : browser.driver().findElements(By.cssSelector("ul[role='tablist'] a"))) {
            tab.click();
            browser.waitForAjax();
            assertThat(browser.seriousAccessibilityViolations())
                    .as("case file, tab " + tab.getText())
                    .isEmpty();
        }
        browser.open("/caseload/today.xhtml");
        assertThat(browser.seriousAccessibilityViolations()).as("Mein Tag").isEmpty();
    }
}
