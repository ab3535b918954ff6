package de.nahbar.it.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.BrowserTestCase;
import de.nahbar.it.support.PostgresForTests;
import de.nahbar.shared.domain.JobcenterTime;

/**
 * Provider relations as the staff work them: a visit whose follow-up lands on Mein Tag, an
 * observation from a customer's participation, and a deficiency from opening with an evidence
 * file through the written demand, a passed deadline and an escalation to the dossier for the
 * legal department. A caseworker reads a deficiency but has no way to change it.
 */
class ProviderBrowserIT extends BrowserTestCase {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String ACTIVATION = "962-45-2026-001";

    private static String day(LocalDate date) {
        return date.format(GERMAN_DATE);
    }

    @Test
    void aVisitWithAFollowUpLandsOnTheVisitorsMeinTag() {
        browser.login("a.schulz", PASSWORD);
        openProvider("Kolping");
        browser.click(By.id("actionsForm:startVisit"));
        browser.waitUntil("the visit form", d -> browser.has(By.id("visitForm:impressions")));
        date("visitForm:visitedOn", JobcenterTime.today());
        browser.type(By.id("visitForm:impressions"), "Neue Werkstatt, Teilnehmende arbeiten konzentriert.");
        date("visitForm:followUpOn", JobcenterTime.today().plusDays(3));
        browser.click(By.id("visitForm:save"));
        browser.waitForText(By.id("visitForm:nextStepsMessage"), "Eine Wiedervorlage braucht nächste Schritte");
        browser.type(By.id("visitForm:nextSteps"), "Praktikumsplätze der Werkstatt nachfragen");
        browser.click(By.id("visitForm:save"));
        browser.waitForText(By.id("globalMessages"), "Der Besuch ist erfasst");
        assertThat(browser.text(By.id("sectionsForm:visits"))).contains("Neue Werkstatt", "Anna Schulz");

        browser.open("/caseload/today.xhtml");
        assertThat(browser.text(By.id("providerAgenda")))
                .contains(
                        "Kolping",
                        "Praktikumsplätze der Werkstatt nachfragen",
                        day(JobcenterTime.today().plusDays(3)));
    }

    @Test
    void anObservationFromAParticipationShowsAtTheProviderAndTheMeasureWithoutTheCustomersName() {
        browser.login("b.yilmaz", PASSWORD);
        browser.open("/measure/mine.xhtml");
        WebElement card = browser.driver().findElements(By.cssSelector("section.measure-card")).stream()
                .filter(c -> c.findElement(By.tagName("h3")).getText().contains(ACTIVATION))
                .findFirst()
                .orElseThrow();
        card.findElement(By.cssSelector("[id$=':showParticipants']")).click();
        browser.waitForAjax();
        browser.waitUntil("the participants", d -> browser.has(By.id("participantsHeading")));
        List<WebElement> cells =
                browser.driver().findElements(By.cssSelector("[id='participantsForm:participants_data'] tr")).stream()
                        .filter(r -> r.getText().contains("nimmt teil")
                                && r.getText().contains("Anna Schulz"))
                        .findFirst()
                        .orElseThrow()
                        .findElements(By.tagName("td"));
        String name = cells.get(0).getText();
        String number = cells.get(1).getText();
        browser.close();

        browser = Browser.start();
        browser.login("a.schulz", PASSWORD);
        browser.open("/caseload/list.xhtml");
        browser.type(By.id("caseloadForm:search"), number);
        browser.click(By.id("caseloadForm:apply"));
        browser.waitUntil(
                "the customer",
                d -> d.findElements(By.cssSelector("[id='caseloadForm:customers_data'] tr a"))
                                .size()
                        == 1);
        browser.driver()
                .findElement(By.cssSelector("[id='caseloadForm:customers_data'] tr a"))
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/case/file.xhtml"));
        browser.click(By.xpath("//ul[@role='tablist']//a[normalize-space()='Maßnahmen']"));
        WebElement participation =
                browser.driver().findElements(By.cssSelector("[id='tabs:measureHistory:placements_data'] tr")).stream()
                        .filter(r -> r.getText().contains(ACTIVATION))
                        .findFirst()
                        .orElseThrow();
        participation.findElement(By.cssSelector("[id$=':startObservation']")).click();
        browser.waitForAjax();
        browser.waitUntil("the observation form", d -> browser.has(By.id("tabs:measureHistory:observationText")));
        browser.driver()
                .findElement(
                        By.xpath(
                                "//table[@id='tabs:measureHistory:observationTone']//label[normalize-space()='kritisch']"
                                        + " | //div[@id='tabs:measureHistory:observationTone']//label[normalize-space()='kritisch']"))
                .click();
        browser.type(
                By.id("tabs:measureHistory:observationText"),
                "Kein Unterricht am Montag, niemand vom Träger erreichbar.");
        browser.click(By.id("tabs:measureHistory:saveObservation"));
        browser.waitForText(By.id("globalMessages"), "Die Beobachtung ist erfasst");

        openProvider("Bildungswerk");
        String observations = browser.text(By.id("sectionsForm:observations"));
        assertThat(observations)
                .contains("Kein Unterricht am Montag", "zu einer Teilnahme", "Anna Schulz")
                .doesNotContain(name, number);
        browser.driver()
                .findElement(By.linkText("Aktivierungscenter: Bewerbung und Perspektive"))
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/measure/detail.xhtml"));
        assertThat(browser.text(By.id("observations")))
                .contains("Kein Unterricht am Montag")
                .doesNotContain(name, number);
    }

    @Test
    void aDeficiencyIsOpenedWithEvidenceNotifiedPassesItsDeadlineIsEscalatedAndEndsUpInTheDossier() throws Exception {
        browser.login("b.yilmaz", PASSWORD);
        openProvider("Grüne Arbeit");
        browser.click(By.id("actionsForm:startDeficiency"));
        browser.waitUntil("the deficiency form", d -> browser.has(By.id("deficiencyForm:description")));
        browser.choose("deficiencyForm:category", "Räume und Ausstattung");
        browser.type(
                By.id("deficiencyForm:description"), "Werkstatt ohne funktionierende Heizung, Unterricht bei 12 Grad.");
        browser.driver()
                .findElement(By.cssSelector("[id='deficiencyForm:affected'] .ui-chkbox-box"))
                .click();
        date("deficiencyForm:deadline", JobcenterTime.today().plusDays(10));
        browser.click(By.id("deficiencyForm:save"));
        browser.waitUntil("the deficiency page", d -> d.getCurrentUrl().contains("/provider/deficiency.xhtml"));
        browser.waitForText(By.id("globalMessages"), "Der Mangel ist eröffnet");
        String deficiencyId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

        // evidence: a text with a photo; a file of the wrong kind is refused first
        Path notAPhoto = Files.writeString(Files.createTempFile("thermometer", ".png"), "kein Bild");
        browser.driver().findElement(By.id("evidenceForm:file_input")).sendKeys(notAPhoto.toString());
        browser.waitForText(By.id("evidenceForm:fileMessage"), "Nur PDF-, PNG- und JPEG-Dateien");
        Path photo = Files.write(Files.createTempFile("thermometer", ".png"), tinyPng());
        browser.driver().findElement(By.id("evidenceForm:file_input")).sendKeys(photo.toString());
        browser.waitForText(By.id("evidenceForm:fileState"), photo.getFileName().toString());
        browser.type(By.id("evidenceForm:evidenceText"), "Foto des Thermometers im Gruppenraum, 12 Grad um 9 Uhr.");
        browser.click(By.id("evidenceForm:saveEvidence"));
        browser.waitForText(By.id("globalMessages"), "Der Nachweis ist festgehalten");
        assertThat(browser.text(By.id("entriesForm:entries")))
                .contains("Foto des Thermometers", photo.getFileName().toString());

        // the written demand with its deadline
        statusTo("Träger zur Beseitigung auffordern");
        LocalDate deadline = JobcenterTime.today().plusDays(14);
        date("statusForm:newDeadline", deadline);
        browser.type(By.id("statusForm:statusText"), "Aufforderung per Post und E-Mail versandt.");
        browser.click(By.id("statusForm:save"));
        browser.waitForText(By.id("globalMessages"), "Der neue Stand ist festgehalten");
        browser.click(By.id("actionsForm:letter"));
        String letter = browser.downloadedPdfText();
        assertThat(letter)
                .contains(
                        "Aufforderung zur Beseitigung eines Mangels",
                        "Grüne Arbeit gGmbH",
                        "Werkstatt ohne funktionierende Heizung",
                        "bis zum " + day(deadline),
                        "Berkan Yilmaz");

        // the deadline passes (test clock) and the morning check runs
        PostgresForTests.execute(
                "update deficiency set deadline = current_date - 1 where id = ?", Long.parseLong(deficiencyId));
        try (Browser admin = Browser.start()) {
            admin.login("d.krueger", PASSWORD);
            admin.open("/provider/directory.xhtml");
            admin.click(By.id("directoryForm:checkDeadlines"));
            admin.waitForText(By.id("globalMessages"), "Fristen geprüft");
        }
        browser.open("/caseload/today.xhtml");
        assertThat(browser.text(By.id("providerAgenda"))).contains("Räume und Ausstattung · Grüne Arbeit gGmbH");

        browser.open("/provider/deficiency.xhtml?id=" + deficiencyId);
        assertThat(browser.text(By.id("deadline"))).contains("Frist überschritten");
        statusTo("Eskalieren");
        browser.choose("statusForm:step", "Abmahnung");
        browser.type(By.id("statusForm:statusText"), "Frist verstrichen, Heizung weiter defekt: Abmahnung erteilt.");
        browser.click(By.id("statusForm:save"));
        browser.waitForText(By.id("globalMessages"), "Der neue Stand ist festgehalten");
        assertThat(browser.text(By.id("status"))).contains("eskaliert");

        openProvider("Grüne Arbeit");
        browser.click(By.id("actionsForm:dossier"));
        String dossier = browser.downloadedPdfText();
        assertThat(dossier)
                .contains(
                        "Mängeldossier: Grüne Arbeit gGmbH",
                        "Werkstatt ohne funktionierende Heizung",
                        "Foto des Thermometers",
                        photo.getFileName().toString(),
                        "Aufforderung per Post",
                        "Abmahnung erteilt",
                        "Berkan Yilmaz");
        assertThat(dossier.indexOf("Foto des Thermometers")).isLessThan(dossier.indexOf("Abmahnung erteilt"));
    }

    @Test
    void aCaseworkerReadsTheProviderPageButCannotChangeADeficiencyAndThePagesAreAccessible() {
        browser.login("a.schulz", PASSWORD);
        openProvider("Bildungswerk");
        assertThat(browser.has(By.id("actionsForm:startDeficiency"))).isFalse();
        assertThat(browser.has(By.id("actionsForm:dossier"))).isFalse();
        assertThat(browser.text(By.id("sectionsForm:deficiencies"))).contains("Personal", "Frist überschritten");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.driver()
                .findElement(By.cssSelector("[id='sectionsForm:deficiencies'] a"))
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/provider/deficiency.xhtml"));
        assertThat(browser.text(By.id("description"))).contains("Kein qualifizierter Ersatz");
        assertThat(browser.has(By.id("actionsForm"))).isFalse();
        assertThat(browser.has(By.id("evidenceForm"))).isFalse();
        assertThat(browser.has(By.id("passOnForm"))).isFalse();
        assertThat(browser.has(By.cssSelector("[id$=':correct']"))).isFalse();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.open("/provider/directory.xhtml");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void theDirectoryFiltersInTheDatabaseAndExportsWhatItShowsToExcel() throws Exception {
        browser.login("c.meyer", PASSWORD);
        browser.open("/provider/directory.xhtml");
        browser.driver()
                .findElement(By.cssSelector("[id='directoryForm:openOnly'] .ui-chkbox-box"))
                .click();
        browser.type(By.id("directoryForm:text"), "Musterstadt");
        browser.click(By.id("directoryForm:apply"));
        browser.waitUntil(
                "only providers with open deficiencies",
                d -> d.findElements(By.cssSelector("[id='directoryForm:providers_data'] tr a")).stream()
                        .noneMatch(a -> a.getText().contains("Kolping")));
        List<String> shown =
                browser.driver().findElements(By.cssSelector("[id='directoryForm:providers_data'] tr a")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertThat(shown).contains("Bildungswerk Musterstadt gGmbH", "Jugendwerkstatt Brücke gGmbH");

        browser.driver().findElement(By.id("directoryForm:export")).click();
        try (var workbook = new XSSFWorkbook(Files.newInputStream(browser.downloaded(".xlsx")))) {
            var sheet = workbook.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                names.add(sheet.getRow(row).getCell(0).getStringCellValue());
            }
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Träger");
            assertThat(names).containsExactlyInAnyOrderElementsOf(shown);
        }
    }

    private void openProvider(String name) {
        browser.open("/provider/directory.xhtml");
        browser.waitUntil(d -> !d.findElements(By.id("directoryForm:text")).isEmpty());
        browser.type(By.id("directoryForm:text"), name);
        browser.click(By.id("directoryForm:apply"));
        browser.waitUntil(
                "the provider " + name,
                d -> d.findElements(By.cssSelector("[id='directoryForm:providers_data'] tr a"))
                                .size()
                        == 1);
        browser.driver()
                .findElement(By.cssSelector("[id='directoryForm:providers_data'] tr a"))
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/provider/page.xhtml"));
    }

    /** Types a date over whatever the picker proposes, as a person selecting the field's text would. */
    private void date(String pickerId, LocalDate date) {
        WebElement input = browser.driver().findElement(By.id(pickerId + "_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), day(date));
        input.sendKeys(Keys.ESCAPE);
    }

    private void statusTo(String label) {
        browser.driver().findElements(By.cssSelector("[id^='actionsForm'][id$=':to']")).stream()
                .filter(b -> b.getText().contains(label))
                .findFirst()
                .orElseThrow()
                .click();
        browser.waitForAjax();
        browser.waitUntil("the status form", d -> browser.has(By.id("statusForm:statusText")));
    }

    /** A real 1×1 PNG, written with the JDK's image writer. */
    private static byte[] tinyPng() throws IOException {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
