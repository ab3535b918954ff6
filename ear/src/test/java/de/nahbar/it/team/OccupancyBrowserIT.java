package de.nahbar.it.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import de.nahbar.it.support.BrowserTestCase;
import de.nahbar.it.support.PostgresForTests;
import de.nahbar.shared.domain.JobcenterTime;

/**
 * The team lead's occupancy overview: figures against the database for a provider filter,
 * highlights, trend chart with its table, drill-down without names, refused input next to the
 * field, and Excel and PDF of what is shown, made in the background with a progress bar.
 */
class OccupancyBrowserIT extends BrowserTestCase {

    private static final String PROVIDER = "Grüne Arbeit gGmbH";

    @Test
    void aTeamLeadFiltersByProviderAndReadsFiguresThatMatchTheDatabase() {
        browser.login("c.meyer", PASSWORD);
        browser.driver().findElement(By.linkText("Auslastung")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/team/occupancy.xhtml"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[id='trendChart'] canvas"))
                        .getAttribute("aria-label"))
                .contains("Besetzungsquote");
        assertThat(browser.driver().findElements(By.cssSelector("#trendTable tbody tr")))
                .hasSize(12);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.choose("filterForm:provider", PROVIDER);
        browser.click(By.id("filterForm:apply"));
        browser.waitUntil(
                "the filtered figures",
                d -> d.findElements(By.cssSelector("[id='measuresForm:measures_data'] tr")).stream()
                        .allMatch(r -> r.getText().contains(PROVIDER)));

        LocalDate periodStart =
                YearMonth.from(JobcenterTime.today()).minusMonths(11).atDay(1);
        LocalDate periodEnd = YearMonth.from(JobcenterTime.today()).atEndOfMonth();
        String measures = " from measure m join provider p on p.id = m.provider_id where p.name = ?"
                + " and m.starts_on <= ? and m.ends_on >= ?";
        int rows = Integer.parseInt(
                PostgresForTests.queryString("select count(*)" + measures, PROVIDER, periodEnd, periodStart));
        assertThat(rows).isPositive();
        assertThat(browser.driver().findElements(By.cssSelector("[id='measuresForm:measures_data'] tr")))
                .hasSize(rows);
        assertThat(figure("Gekaufte Plätze"))
                .isEqualTo(PostgresForTests.queryString(
                        "select sum(m.max_places)" + measures, PROVIDER, periodEnd, periodStart));
        assertThat(figure("Begonnen"))
                .isEqualTo(PostgresForTests.queryString(
                        "select count(*) from placement x"
                                + " join measure m on m.id = x.measure_id join provider p on p.id = m.provider_id where p.name = ?"
                                + " and m.starts_on <= ? and m.ends_on >= ? and x.status in ('STARTED', 'INTERRUPTED', 'DROPOUT_RISK')",
                        PROVIDER,
                        periodEnd,
                        periodStart));

        // drill-down: entry dates and allocations by number and status, no names
        browser.driver()
                .findElements(By.cssSelector("[id='measuresForm:measures_data'] tr a"))
                .get(0)
                .click();
        browser.waitForAjax();
        browser.waitUntil("the drill-down", d -> browser.has(By.id("drillHeading")));
        String drill = browser.text(By.id("drillDown"));
        assertThat(drill).contains("Eintrittstermine von", "Plätze");
        List<String> numbers =
                browser.driver().findElements(By.cssSelector("#drillDown .allocations tbody td:first-child")).stream()
                        .map(WebElement::getText)
                        .filter(t -> t.matches("\\d{3}D\\d{6}"))
                        .toList();
        for (String number : numbers) {
            String lastName =
                    PostgresForTests.queryString("select last_name from customer where customer_number = ?", number);
            assertThat(drill).doesNotContain(lastName);
        }
    }

    @Test
    void badInputIsExplainedNextToTheField() {
        browser.login("c.meyer", PASSWORD);
        browser.open("/team/occupancy.xhtml");
        browser.type(By.id("filterForm:threshold"), "150");
        browser.click(By.id("filterForm:apply"));
        assertThat(browser.text(By.id("filterForm:thresholdMessage"))).contains("ganze Zahl von 0 bis 100");

        browser.type(By.id("filterForm:threshold"), "80");
        YearMonth now = YearMonth.from(JobcenterTime.today());
        browser.choose("filterForm:to", now.minusMonths(13).format(DateTimeFormatter.ofPattern("MM/yyyy")));
        browser.click(By.id("filterForm:apply"));
        assertThat(browser.text(By.id("filterForm:toMessage"))).contains("endet vor seinem Beginn");
    }

    @Test
    void excelAndPdfStateTheFilterAndHoldTheRowsShown() throws IOException {
        browser.login("c.meyer", PASSWORD);
        browser.open("/team/occupancy.xhtml");
        browser.choose("filterForm:provider", PROVIDER);
        browser.click(By.id("filterForm:apply"));
        List<String> shown =
                browser.driver().findElements(By.cssSelector("[id='measuresForm:measures_data'] tr a")).stream()
                        .map(WebElement::getText)
                        .toList();

        browser.click(By.id("exportForm:excel"));
        downloadWhenReady();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(browser.downloaded(".xlsx")))) {
            var sheet = workbook.getSheetAt(0);
            List<String> firstColumn = new ArrayList<>();
            for (Row row : sheet) {
                firstColumn.add(row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue());
            }
            assertThat(firstColumn).contains("Auslastung der Maßnahmen", "Träger: " + PROVIDER, "Nummer", "Summe");
            assertThat(firstColumn.subList(firstColumn.indexOf("Nummer") + 1, firstColumn.indexOf("Summe")))
                    .containsExactlyElementsOf(shown);
        }

        browser.click(By.id("exportForm:pdf"));
        downloadWhenReady();
        String pdf = browser.downloadedPdfText();
        assertThat(pdf).contains("Auslastung der Maßnahmen", "Träger: " + PROVIDER, "Besetzungsquote");
        assertThat(shown).allSatisfy(number -> assertThat(pdf).contains(number));
    }

    /** The progress bar runs until the file is made; then the download button appears and is pressed. */
    private void downloadWhenReady() {
        browser.waitUntil("the export's progress bar", d -> browser.has(By.id("exportForm:exportProgress")));
        browser.waitUntil("the finished export", d -> browser.has(By.id("exportForm:download")));
        browser.driver().findElement(By.id("exportForm:download")).click();
    }

    private String figure(String label) {
        return browser.driver().findElements(By.cssSelector("#totals dt")).stream()
                .filter(dt -> dt.getText().equals(label))
                .findFirst()
                .orElseThrow()
                .findElement(By.xpath("following-sibling::dd[1]"))
                .getText()
                .replace(".", "");
    }
}
