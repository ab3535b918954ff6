package de.nahbar.it.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.BrowserTestCase;
import de.nahbar.shared.domain.JobcenterTime;

/**
 * Measures in the browser, on the demo Jobcenter: a caseworker offers a measure ("not yet",
 * later informed consent) and reserves the last place of an entry date the coordinator just
 * created; a colleague lands on the waiting list; the coordinator allocates, records a no-show
 * and the waiting list moves up; a dropout risk reaches the caseworker's Mein Tag. Each test
 * uses its own demo measure, so the tests do not depend on each other.
 */
class MeasureBrowserIT extends BrowserTestCase {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Demo measures coordinated by Berkan Yilmaz (MeasureDemoData): number and title. */
    private static final String ACTIVATION = "962-45-2026-001 · Aktivierungscenter: Bewerbung und Perspektive";

    private static final String YOUTH = "962-16h-2026-002 · Jugend aktiv: Orientierung für junge Menschen";

    private static String today() {
        return JobcenterTime.today().format(GERMAN_DATE);
    }

    @Test
    void lastPlaceWaitingListAllocationAndNoShowMoveThroughTheWholeWay() {
        // the coordinator opens an entry date for today with a single place
        browser.login("b.yilmaz", PASSWORD);
        addEntryDate(ACTIVATION, today(), "1");
        browser.close();

        // Anna Schulz: "not yet" first, informed consent later, then the last place
        browser = Browser.start();
        browser.login("a.schulz", PASSWORD);
        String annasCustomer = openCaseWithoutPlacements();
        propose(ACTIVATION, "Zeitpunkt noch nicht reif", false);
        browser.waitForText(By.id("tabs:measureHistory:proposals"), "Zeitpunkt noch nicht reif");
        tab("Wiedervorlagen, Zusagen, Rückrufe");
        assertThat(browser.text(By.id("tabs:followUpList:followUps"))).contains("Maßnahme erneut besprechen");
        tab("Maßnahmen");
        propose(ACTIVATION, "Einwilligung (informiert)", true);
        browser.waitUntil("the consent to wait for a place", d -> has(By.id("tabs:consentsForm:consents:0:entry")));
        browser.choose("tabs:consentsForm:consents:0:entry", today() + " – 1 frei");
        browser.click(By.id("tabs:consentsForm:consents:0:reserve"));
        browser.waitForText(By.id("tabs:measureHistory:placements"), "reserviert");
        browser.close();

        // Lukas Koch: the place is gone, so his customer joins the waiting list
        browser = Browser.start();
        browser.login("l.koch", PASSWORD);
        String lukasCustomer = openCaseWithoutPlacements();
        propose(ACTIVATION, "Einwilligung (informiert)", true);
        browser.waitUntil("the consent to wait for a place", d -> has(By.id("tabs:consentsForm:consents:0:entry")));
        browser.choose("tabs:consentsForm:consents:0:entry", today() + " – 0 frei");
        browser.click(By.id("tabs:consentsForm:consents:0:reserve"));
        browser.waitForText(By.id("globalMessages"), "kein Platz mehr frei");
        browser.click(By.id("tabs:consentsForm:consents:0:queue"));
        browser.waitForText(By.id("tabs:measureHistory:placements"), "Warteliste");
        browser.close();

        // the coordinator allocates Anna's customer, who then does not start: Lukas's customer moves up
        browser = Browser.start();
        browser.login("b.yilmaz", PASSWORD);
        WebElement pending = row(By.cssSelector("[id='pendingForm:pending_data'] tr"), annasCustomer, today());
        pending.findElement(By.cssSelector("[id$=':confirm']")).click();
        browser.waitForAjax();
        browser.waitForText(By.id("globalMessages"), "Der Platz ist zugewiesen");
        showParticipants(ACTIVATION);
        row(participants(), annasCustomer, today())
                .findElement(By.cssSelector("[id$=':noShow']"))
                .click();
        browser.waitForAjax();
        browser.waitForText(By.id("globalMessages"), "Nichtantritt festgehalten");
        showParticipants(ACTIVATION);
        assertThat(row(participants(), lukasCustomer, today()).getText()).contains("reserviert");
        assertThat(browser.driver().findElements(participants()).stream().map(WebElement::getText))
                .noneMatch(text -> text.contains(annasCustomer) && text.contains(today()));
        browser.close();

        // Lukas Koch sees on Mein Tag that a place is held for his customer
        browser = Browser.start();
        browser.login("l.koch", PASSWORD);
        browser.open("/caseload/today.xhtml");
        assertThat(browser.text(By.id("noticesForm:notices")))
                .contains("Platz aus der Warteliste reserviert", lukasCustomer, "Aktivierungscenter");
    }

    @Test
    void aDropoutRiskReportReachesTheCaseworkersMeinTag() {
        browser.login("b.yilmaz", PASSWORD);
        showParticipants(YOUTH);
        WebElement participant = browser.driver().findElements(participants()).stream()
                .filter(r -> r.getText().contains("nimmt teil"))
                .findFirst()
                .orElseThrow();
        List<WebElement> cells = participant.findElements(By.tagName("td"));
        String customer = cells.get(0).getText();
        String caseworker = cells.get(4).getText();
        participant.findElement(By.cssSelector("[id$=':startReport']")).click();
        browser.waitForAjax();
        browser.waitUntil("the report form", d -> has(By.cssSelector("div[id$=':reportKind']")));
        browser.choose(
                browser.driver()
                        .findElement(By.cssSelector("div[id$=':reportKind']"))
                        .getAttribute("id"),
                "Abbruchgefahr");
        browser.type(By.cssSelector("textarea[id$=':reportText']"), "Fehlt seit einer Woche unentschuldigt");
        browser.click(By.cssSelector("[id$=':saveReport']"));
        browser.waitForText(By.id("globalMessages"), "Der Bericht ist festgehalten");
        assertThat(browser.text(By.id("reports"))).contains("Abbruchgefahr", "Fehlt seit einer Woche unentschuldigt");
        browser.close();

        browser = Browser.start();
        browser.login(usernameOf(caseworker), PASSWORD);
        // a caseworker who also coordinates measures starts on "Meine Maßnahmen"
        browser.open("/caseload/today.xhtml");
        String notices = browser.text(By.id("noticesForm:notices"));
        assertThat(notices).contains("Abbruchgefahr", customer, "Fehlt seit einer Woche unentschuldigt");
    }

    @Test
    void aFillRequestIsAnsweredFromMeinTagAndTheCoordinatorSeesTheAnswer() {
        browser.login("a.schulz", PASSWORD);
        browser.open("/caseload/today.xhtml");
        assertThat(browser.text(By.id("fillHeading"))).isEqualTo("Besetzungsanfragen (1)");
        assertThat(browser.text(By.id("fillForm:fillRequests"))).contains("Noch freie Plätze");
        browser.click(By.id("fillForm:fillRequests:0:nobody"));
        browser.waitForText(By.id("globalMessages"), "keine passende Person");
        assertThat(browser.text(By.id("fillHeading"))).isEqualTo("Besetzungsanfragen (0)");
        browser.close();

        browser = Browser.start();
        browser.login("b.yilmaz", PASSWORD);
        assertThat(row(By.cssSelector("[id='fillForm:fillRequests_data'] tr"), "Anna Schulz", "Noch freie Plätze")
                        .getText())
                .contains("0 vorgeschlagen · 1-mal keine passende Person");
    }

    @Test
    void caseworkerSearchesTheCatalogueAndReadsAMeasuresFreePlaces() {
        browser.login("a.schulz", PASSWORD);
        browser.open("/measure/catalogue.xhtml");
        assertThat(browser.heading()).isEqualTo("Maßnahmekatalog");
        browser.choose("catalogueForm:targetGroup", "unter 25");
        browser.click(By.id("catalogueForm:apply"));
        browser.waitUntil(
                "only measures for under 25",
                d -> rows(By.cssSelector("[id='catalogueForm:measures_data'] tr")).stream()
                        .allMatch(r -> r.getText().contains("unter 25")));

        browser.driver()
                .findElement(By.linkText("Jugend aktiv: Orientierung für junge Menschen"))
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/measure/detail.xhtml"));
        assertThat(browser.heading()).isEqualTo("Jugend aktiv: Orientierung für junge Menschen");
        assertThat(browser.text(By.id("providerName"))).isEqualTo("Arbeit und Leben Nord e.V.");
        assertThat(browser.text(By.id("entries"))).contains("frei");
        assertThat(browser.has(By.id("toMine")))
                .as("only owners are offered the coordination page")
                .isFalse();
    }

    @Test
    void coordinatorPagesRefuseOthersAndCatalogueAndMeasurePagesAreAccessible() {
        browser.login("a.schulz", PASSWORD);
        browser.open("/measure/mine.xhtml");
        assertThat(browser.heading()).isEqualTo("Zugriff verweigert");
        browser.open("/measure/catalogue.xhtml");
        assertThat(browser.seriousAccessibilityViolations()).as("catalogue").isEmpty();
        browser.driver()
                .findElement(By.cssSelector("[id='catalogueForm:measures_data'] tr a"))
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/measure/detail.xhtml"));
        assertThat(browser.seriousAccessibilityViolations()).as("measure page").isEmpty();
        openCaseWithoutPlacements();
        assertThat(browser.seriousAccessibilityViolations())
                .as("case file with the measures tab")
                .isEmpty();
        browser.close();

        browser = Browser.start();
        browser.login("b.yilmaz", PASSWORD);
        assertThat(browser.heading()).isEqualTo("Meine Maßnahmen");
        showParticipants(YOUTH);
        assertThat(browser.seriousAccessibilityViolations())
                .as("Meine Maßnahmen")
                .isEmpty();
    }

    @Test
    void anImportWithOneBadRowIsRefusedWithItsRowNumberAndAGoodOneIsImported() throws Exception {
        String start = JobcenterTime.today().plusDays(20).format(GERMAN_DATE);
        String end = JobcenterTime.today().plusMonths(8).format(GERMAN_DATE);
        String header =
                "Maßnahmenummer;Titel;Rechtsgrundlage;Inhalt;Zielgruppe;Ort;Träger;Mindestbelegung;Plätze höchstens;"
                        + "Preis je Platz und Monat;Dauer in Wochen;Einstieg;Beginn;Ende;Eintrittstermine";
        String good = "962-45-2027-901;Werkstatt Holz und Metall;§ 45 SGB III;Praktische Erprobung in zwei Werkstätten;"
                + "alle;Musterstadt-Süd;Bildungswerk Musterstadt gGmbH;6;10;705,00;16;feste Eintrittstermine;" + start
                + ";"
                + end + ";" + start + "=10";
        String bad = "962-45-2027-902;Pflegehelfer-Basiskurs;§ 45 SGB III;Grundlagen der Pflege;alle;Musterstadt;"
                + "Kolping Bildungszentrum;12;10;650,00;12;feste Eintrittstermine;" + start + ";" + end + ";";
        Path list = Files.createTempFile("vergabe-", ".csv");
        Files.writeString(list, header + "\n" + good + "\n" + bad + "\n");

        browser.login("d.krueger", PASSWORD);
        browser.open("/measure/import.xhtml");
        assertThat(browser.heading()).isEqualTo("Maßnahmen importieren");
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(list.toString());
        browser.waitUntil("the preview", d -> has(By.id("problems")));
        assertThat(browser.text(By.id("problems")))
                .contains(
                        "Zeile 3, Mindestbelegung", "Die Mindestbelegung (12) liegt über den Plätzen höchstens (10).");
        assertThat(browser.driver().findElement(By.id("importForm:importAll")).isEnabled())
                .isFalse();
        assertThat(browser.seriousAccessibilityViolations()).as("import page").isEmpty();

        Files.writeString(list, header + "\n" + good + "\n");
        browser.open("/measure/import.xhtml");
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(list.toString());
        browser.waitUntil("the preview", d -> has(By.id("previewSummary")));
        assertThat(browser.text(By.id("previewSummary"))).isEqualTo("1 Maßnahme(n) neu, 0 geändert, 0 Fehler.");
        browser.click(By.id("importForm:importAll"));
        browser.waitForText(By.id("globalMessages"), "Import abgeschlossen: 1 Maßnahme(n) angelegt");
        Files.delete(list);

        browser.open("/measure/catalogue.xhtml");
        browser.type(By.id("catalogueForm:text"), "962-45-2027-901");
        browser.click(By.id("catalogueForm:apply"));
        browser.waitForText(By.id("catalogueForm:measures"), "Werkstatt Holz und Metall");
    }

    @Test
    void aReferralToFurtherTrainingIsRecordedWithItsSteps() {
        browser.login("f.hoffmann", PASSWORD);
        openCaseWithoutPlacements();
        browser.type(By.id("tabs:fbwForm:fbwGoal"), "Fachkraft für Lagerlogistik");
        browser.click(By.id("tabs:fbwForm:refer"));
        browser.waitForText(By.id("globalMessages"), "Der Verweis an die Agentur für Arbeit ist festgehalten");
        assertThat(browser.text(By.id("tabs:fbwList:fbw"))).contains("Fachkraft für Lagerlogistik", "verwiesen");

        browser.click(By.id("tabs:fbwList:fbw:0:startFbwStep"));
        browser.waitUntil("the step form", d -> has(By.id("tabs:fbwList:fbw:0:fbwNext")));
        browser.choose("tabs:fbwList:fbw:0:fbwNext", "Bildungsgutschein ausgestellt");
        browser.click(By.id("tabs:fbwList:fbw:0:saveFbwStep"));
        browser.waitForText(By.id("globalMessages"), "Der Stand der Weiterbildung ist festgehalten");
        assertThat(browser.text(By.id("tabs:fbwList:fbw"))).contains("Bildungsgutschein ausgestellt");
    }

    // --- steps a person takes ---

    private void addEntryDate(String measure, String date, String places) {
        browser.open("/measure/mine.xhtml");
        browser.choose("entryForm:entryMeasure", measure);
        browser.type(By.id("entryForm:newEntryOn_input"), date);
        browser.driver().findElement(By.id("entryForm:newEntryOn_input")).sendKeys(Keys.ESCAPE);
        browser.type(By.id("entryForm:newEntryPlaces_input"), places);
        browser.click(By.id("entryForm:addEntry"));
        browser.waitForText(By.id("globalMessages"), "Der Eintrittstermin ist angelegt");
    }

    /** Opens, from the caseload list, the first case that has no placement yet, and returns the customer's name as lists show it. */
    private String openCaseWithoutPlacements() {
        for (int index = 0; index < 10; index++) {
            browser.open("/caseload/list.xhtml");
            int row = index;
            browser.waitUntil(
                    "row " + index + " of the caseload",
                    d -> rows(By.cssSelector("[id='caseloadForm:customers_data'] tr"))
                                    .size()
                            > row);
            WebElement link = rows(By.cssSelector("[id='caseloadForm:customers_data'] tr"))
                    .get(index)
                    .findElement(By.tagName("a"));
            String name = link.getText();
            link.click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("/case/file.xhtml"));
            tab("Maßnahmen");
            if (browser.text(By.id("tabs:measureHistory:placements")).contains("Noch keine Reservierung")) {
                return name;
            }
        }
        throw new AssertionError("no case without placements among the first ten");
    }

    private void propose(String measure, String outcome, boolean informed) {
        browser.type(By.id("tabs:proposalForm:measure_input"), measure.substring(0, measure.indexOf(' ')));
        browser.driver().findElement(By.id("tabs:proposalForm:measure_input")).sendKeys(Keys.ESCAPE);
        browser.click(By.id("tabs:proposalForm:chooseMeasure"));
        browser.waitUntil(
                "the chosen measure",
                d -> has(By.id("chosenMeasure"))
                        && d.findElement(By.id("chosenMeasure"))
                                .getText()
                                .contains(measure.substring(0, measure.indexOf(' '))));
        browser.driver()
                .findElement(By.xpath("//table[@id='tabs:proposalForm:outcome']//label[normalize-space()='" + outcome
                        + "'] | //div[@id='tabs:proposalForm:outcome']//label[normalize-space()='" + outcome + "']"))
                .click();
        if (informed) {
            for (String box : List.of("informedContent", "informedProvider", "informedVoluntary")) {
                browser.driver()
                        .findElement(By.cssSelector("[id='tabs:proposalForm:" + box + "'] .ui-chkbox-box"))
                        .click();
            }
        } else {
            browser.type(
                    By.id("tabs:proposalForm:followUpOn_input"),
                    JobcenterTime.today().plusDays(30).format(GERMAN_DATE));
            browser.driver()
                    .findElement(By.id("tabs:proposalForm:followUpOn_input"))
                    .sendKeys(Keys.ESCAPE);
        }
        browser.click(By.id("tabs:proposalForm:recordProposal"));
        browser.waitForText(By.id("globalMessages"), "festgehalten");
    }

    private void showParticipants(String measure) {
        browser.open("/measure/mine.xhtml");
        String title = measure.substring(measure.indexOf(" · ") + 3);
        String number = measure.substring(0, measure.indexOf(' '));
        By cardOfTheMeasure =
                By.xpath("//section[contains(@class, 'measure-card')][.//h3[contains(., '" + number + "')]]");
        browser.waitUntil(
                "the card of " + number, d -> !d.findElements(cardOfTheMeasure).isEmpty());
        WebElement card = browser.driver().findElement(cardOfTheMeasure);
        card.findElement(By.cssSelector("[id$=':showParticipants']")).click();
        browser.waitForAjax();
        browser.waitUntil(
                "the participants of " + title,
                d -> has(By.id("participantsHeading"))
                        && d.findElement(By.id("participantsHeading")).getText().contains(title));
    }

    private static By participants() {
        return By.cssSelector("[id='participantsForm:participants_data'] tr");
    }

    /** The row that shows both texts, such as a customer's name and the entry date. */
    private WebElement row(By rows, String text, String alsoText) {
        WebElement[] found = new WebElement[1];
        browser.waitUntil("a row with " + text + " and " + alsoText, d -> {
            found[0] = rows(rows).stream()
                    .filter(r -> r.getText().contains(text) && r.getText().contains(alsoText))
                    .findFirst()
                    .orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    private List<WebElement> rows(By rows) {
        return browser.driver().findElements(rows);
    }

    private boolean has(By element) {
        return browser.has(element);
    }

    /** Opens a tab of the case file; its content is loaded when first opened. */
    private void tab(String title) {
        browser.click(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']"));
    }

    /** Demo logins are the first name's initial and the last name: "Lukas Koch" → l.koch. */
    private static String usernameOf(String displayName) {
        String[] parts = displayName.split(" ");
        return (parts[0].charAt(0) + "." + parts[parts.length - 1]).toLowerCase(Locale.GERMAN);
    }
}
