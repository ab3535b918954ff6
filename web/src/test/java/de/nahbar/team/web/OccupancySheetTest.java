package de.nahbar.team.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.team.service.MeasureOccupancy;
import de.nahbar.team.service.OccupancyFilter;
import de.nahbar.team.service.OccupancyReport;

/** The occupancy exports: the filter stated above the table, a row per measure, the totals, German formats, progress. */
class OccupancySheetTest {

    private static final ResourceBundle GERMAN = ResourceBundle.getBundle("de.nahbar.web.i18n.messages", Locale.GERMAN);

    private final OccupancyReport report = new OccupancyReport(
            new OccupancyFilter(null, null, null, null, null, YearMonth.of(2026, 9), YearMonth.of(2026, 11), 80),
            LocalDate.of(2026, 11, 25),
            List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11)),
            List.of(new MeasureOccupancy(
                    1,
                    "962-45-2026-001",
                    "Aktivierung Nord",
                    "Bildungswerk",
                    LegalBasis.SGB3_45,
                    "Musterstadt",
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2027, 1, 1),
                    10,
                    8,
                    new BigDecimal("1250.50"),
                    1,
                    2,
                    6,
                    3,
                    6,
                    1,
                    0,
                    Arrays.asList(6, 5, null))),
            List.of());
    private final OccupancySheet sheet = OccupancySheet.of(
            report, List.of("Träger: alle", "Schwelle der Besetzungsquote: 80 %"), GERMAN, Locale.GERMAN);

    @Test
    void theSheetStatesTheFilterAndHoldsEachMeasureAndTheTotals() {
        assertThat(sheet.preamble())
                .containsExactly(
                        "Auslastung der Maßnahmen",
                        "Stand: 25.11.2026",
                        "Träger: alle",
                        "Schwelle der Besetzungsquote: 80 %");
        assertThat(sheet.header()).contains("Besetzungsquote", "09/2026", "11/2026");
        assertThat(sheet.rows()).hasSize(2);
        List<String> measure = sheet.rows().get(0);
        assertThat(measure.subList(0, 3)).containsExactly("962-45-2026-001", "Aktivierung Nord", "Bildungswerk");
        assertThat(measure).contains("60 %", "11.254,50 €", "6.252,50 €");
        assertThat(measure.subList(measure.size() - 3, measure.size())).containsExactly("6", "5", "–");
        assertThat(sheet.rows().get(1).get(0)).isEqualTo("Summe");
    }

    @Test
    void excelHasThePreambleAboveTheTableAndReportsItsProgress() throws IOException {
        List<Integer> progress = new ArrayList<>();
        byte[] xlsx = OccupancyFiles.excel(sheet, progress::add);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> first = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                first.add(row.getCell(0).getStringCellValue());
            }
            assertThat(first)
                    .containsExactly(
                            "Auslastung der Maßnahmen",
                            "Stand: 25.11.2026",
                            "Träger: alle",
                            "Schwelle der Besetzungsquote: 80 %",
                            "Nummer",
                            "962-45-2026-001",
                            "Summe");
        }
        assertThat(progress).containsExactly(1, 2);
    }

    @Test
    void thePdfShowsTheFilterTheMeasureAndTheMonths() throws IOException {
        byte[] pdf = OccupancyFiles.pdf(sheet, List.of("Jobcenter Musterstadt"), "Clara Meyer", written -> {});
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Auslastung der Maßnahmen", "Träger: alle", "962-45-2026-001", "11.254,50 €", "10/2026");
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
    }
}
