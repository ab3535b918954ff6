package de.nahbar.measure.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.TargetGroup;
import de.nahbar.measure.service.ProcurementRowParser.ParsedRow;

class ProcurementRowParserTest {

    private final List<ImportProblem> problems = new ArrayList<>();

    @Test
    void aRowAsAGermanSpreadsheetWritesItBecomesTheTermsOfAMeasure() {
        ParsedRow parsed = parse(row(Map.of(
                ProcurementRowParser.PRICE, "1.234,50 €",
                ProcurementRowParser.STARTS, "1.2.2027",
                ProcurementRowParser.ENTRIES, "01.03.2027=12, 1.4.2027=10",
                ProcurementRowParser.COORDINATORS, "m.kaiser, j.wolf")));

        assertThat(problems).isEmpty();
        assertThat(parsed.row()).isEqualTo(2);
        assertThat(parsed.terms().legalBasis()).isEqualTo(LegalBasis.SGB3_45);
        assertThat(parsed.terms().targetGroup()).isEqualTo(TargetGroup.UNDER_25);
        assertThat(parsed.terms().entryMode()).isEqualTo(EntryMode.FIXED_DATES);
        assertThat(parsed.terms().pricePerPlaceMonth()).isEqualTo(new BigDecimal("1234.50"));
        assertThat(parsed.terms().startsOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(parsed.entries())
                .containsExactly(Map.entry(LocalDate.of(2027, 3, 1), 12), Map.entry(LocalDate.of(2027, 4, 1), 10));
        assertThat(parsed.coordinators()).containsExactly("m.kaiser", "j.wolf");
        assertThat(parsed.provider()).isEqualTo("Bildungswerk Nord");
    }

    @Test
    void everyWrongCellIsNamedWithItsColumnNotOnlyTheFirst() {
        ParsedRow parsed = parse(row(Map.of(
                ProcurementRowParser.BASIS, "§ 99 SGB XII",
                ProcurementRowParser.MIN, "20",
                ProcurementRowParser.PRICE, "12,345",
                ProcurementRowParser.STARTS, "31.02.2027",
                ProcurementRowParser.TITLE, "<b>Coaching</b>")));

        assertThat(parsed).isNull();
        assertThat(problems)
                .extracting(ImportProblem::column, ImportProblem::key)
                .containsExactlyInAnyOrder(
                        tuple(ProcurementRowParser.BASIS, "import.error.legalBasis"),
                        tuple(ProcurementRowParser.MIN, "import.error.minAboveMax"),
                        tuple(ProcurementRowParser.PRICE, "import.error.price"),
                        tuple(ProcurementRowParser.STARTS, "import.error.date"),
                        tuple(ProcurementRowParser.TITLE, "import.error.markup"));
        assertThat(problems).allSatisfy(problem -> assertThat(problem.row()).isEqualTo(2));
    }

    @Test
    void missingCellsAreEachNamedAndNothingElseIsChecked() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(ProcurementRowParser.TITLE, "");
        cells.put(ProcurementRowParser.PROVIDER, " ");
        cells.put(ProcurementRowParser.PRICE, "kostenlos");

        assertThat(parse(row(cells))).isNull();
        assertThat(problems)
                .extracting(ImportProblem::key, ImportProblem::args)
                .containsExactlyInAnyOrder(
                        tuple("import.error.required", List.of(ProcurementRowParser.TITLE)),
                        tuple("import.error.required", List.of(ProcurementRowParser.PROVIDER)));
    }

    @Test
    void entryDatesMustLieInTheMeasuresPeriodAndOfferNoMoreThanItsPlaces() {
        parse(row(Map.of(ProcurementRowParser.ENTRIES, "01.01.2026=5, 01.03.2027=40, 01.04.2027, 01.05.2027=-1")));

        assertThat(problems)
                .extracting(ImportProblem::key, ImportProblem::args)
                .containsExactly(
                        tuple("import.error.entryOutsidePeriod", List.of("01.01.2026")),
                        tuple("import.error.entryAboveMax", List.of("01.03.2027")),
                        tuple("import.error.entryFormat", List.of("01.04.2027")),
                        tuple("import.error.range", List.of("-1", "0", "10000")));
    }

    @Test
    void legalBasesAreReadAsProcurementListsWriteThem() {
        assertThat(ProcurementRowParser.legalBasis("§ 45 SGB III")).isEqualTo(LegalBasis.SGB3_45);
        assertThat(ProcurementRowParser.legalBasis("§16d SGB II")).isEqualTo(LegalBasis.SGB2_16D);
        assertThat(ProcurementRowParser.legalBasis("§ 16i SGB II")).isEqualTo(LegalBasis.SGB2_16I);
        assertThat(ProcurementRowParser.legalBasis("SGB2_16K")).isEqualTo(LegalBasis.SGB2_16K);
        assertThat(ProcurementRowParser.legalBasis("Sonstige")).isEqualTo(LegalBasis.OTHER);
        assertThat(ProcurementRowParser.legalBasis("§ 16d SGB III")).isNull();
        assertThat(ProcurementRowParser.legalBasis("§ 45 SGB II")).isNull();
    }

    @Test
    void aTooLongTextIsOneProblemOfTheRowNotAnError() {
        assertThat(parse(row(Map.of(ProcurementRowParser.NUMBER, "M".repeat(31)))))
                .isNull();
        assertThat(problems).extracting(ImportProblem::key).containsExactly("import.error.tooLong");
    }

    private ParsedRow parse(ProcurementList.Row row) {
        return ProcurementRowParser.parse(row, problems);
    }

    /** A complete, valid row 2 with the given cells replaced. */
    private static ProcurementList.Row row(Map<String, String> changed) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(ProcurementRowParser.NUMBER, "M-2027-001");
        cells.put(ProcurementRowParser.TITLE, "Bewerbungscoaching");
        cells.put(ProcurementRowParser.BASIS, "§ 45 SGB III");
        cells.put(ProcurementRowParser.CONTENT, "Unterlagen, Vorstellungsgespräche, Praktikum");
        cells.put(ProcurementRowParser.GROUP, "Unter 25");
        cells.put(ProcurementRowParser.LOCATION, "Kiel");
        cells.put(ProcurementRowParser.PROVIDER, "Bildungswerk Nord");
        cells.put(ProcurementRowParser.MIN, "8");
        cells.put(ProcurementRowParser.MAX, "15");
        cells.put(ProcurementRowParser.PRICE, "612,50");
        cells.put(ProcurementRowParser.DURATION, "12");
        cells.put(ProcurementRowParser.MODE, "Feste Eintrittstermine");
        cells.put(ProcurementRowParser.STARTS, "01.02.2027");
        cells.put(ProcurementRowParser.ENDS, "31.12.2027");
        cells.putAll(changed);
        Map<String, String> byKey = new LinkedHashMap<>();
        cells.forEach((column, value) -> byKey.put(ProcurementList.key(column), value));
        return new ProcurementList.Row(2, byKey);
    }
}
