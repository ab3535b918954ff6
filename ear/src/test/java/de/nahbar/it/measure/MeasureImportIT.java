package de.nahbar.it.measure;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.TestMeasures;
import de.nahbar.it.support.Deployments;
import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.TargetGroup;
import de.nahbar.measure.service.CoordinationService;
import de.nahbar.measure.service.ImportPreview;
import de.nahbar.measure.service.ImportProblem;
import de.nahbar.measure.service.ImportRefusedException;
import de.nahbar.measure.service.MeasureCatalogQueries;
import de.nahbar.measure.service.MeasureFilter;
import de.nahbar.measure.service.MeasureImportService;
import de.nahbar.measure.service.MyMeasure;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.Role;

/** Importing procurement lists: CSV and .xlsx, a preview per row, all rows or none, and who may change what. */
class MeasureImportIT extends ContainerTestCase {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String HEADER =
            "Maßnahmenummer;Titel;Rechtsgrundlage;Inhalt;Zielgruppe;Ort;Träger;Mindestbelegung;"
                    + "Plätze höchstens;Preis je Platz und Monat;Dauer in Wochen;Einstieg;Beginn;Ende;Eintrittstermine";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(MeasureImportIT.class);
    }

    @EJB
    private TestMeasures measures;

    @EJB
    private MeasureImportService imports;

    @EJB
    private MeasureCatalogQueries catalog;

    @EJB
    private CoordinationService coordination;

    private String coordinator;
    private String admin;
    private String prefix;
    private LocalDate start;

    @BeforeEach
    void people() {
        coordinator = staff.newMember(null, Role.MEASURE_COORDINATOR);
        admin = staff.newMember(null, Role.ADMIN);
        prefix = "I-" + UUID.randomUUID().toString().substring(0, 6);
        start = JobcenterTime.today().plusDays(10);
    }

    private String row(String number, int min, int max, String entries) {
        return number + ";Bewerbungscoaching;§ 45 SGB III;Einzelcoaching mit Praxisphase;alle;Musterstadt;Importträger "
                + prefix + ";" + min + ";" + max + ";612,50;12;feste Eintrittstermine;" + start.format(GERMAN) + ";"
                + start.plusMonths(6).format(GERMAN) + ";" + entries;
    }

    private static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aValidCsvIsPreviewedAndThenImportedWithItsEntryDates() throws Exception {
        String entries = start.format(GERMAN) + "=10, " + start.plusMonths(1).format(GERMAN) + "=8";
        byte[] list = csv(HEADER, row(prefix + "-1", 6, 12, entries), row(prefix + "-2", 4, 8, ""));

        ImportPreview preview = as(coordinator, PW, () -> imports.preview("vergabe.csv", list));
        assertThat(preview.problems()).isEmpty();
        assertEquals(2, preview.creates());
        assertThat(preview.lines()).extracting(ImportPreview.Line::row).containsExactly(2, 3);
        assertEquals(
                0L,
                (long) as(
                        coordinator, PW, () -> catalog.count(new MeasureFilter(prefix, null, null, null, null, null))),
                "a preview writes nothing");

        as(coordinator, PW, () -> imports.importAll("vergabe.csv", list));

        List<MyMeasure> mine = as(coordinator, PW, () -> coordination.myMeasures());
        assertThat(mine).extracting(MyMeasure::number).containsExactlyInAnyOrder(prefix + "-1", prefix + "-2");
        MyMeasure first = mine.stream()
                .filter(m -> m.number().equals(prefix + "-1"))
                .findFirst()
                .orElseThrow();
        assertThat(first.entries()).extracting(e -> e.places()).containsExactly(10, 8);
        assertEquals(6, first.minOccupancy());

        byte[] changed = csv(HEADER, row(prefix + "-1", 7, 12, entries));
        ImportPreview again = as(coordinator, PW, () -> imports.importAll("vergabe.csv", changed));
        assertEquals(1, again.updates());
        assertThat(as(coordinator, PW, () -> coordination.myMeasures()))
                .filteredOn(m -> m.number().equals(prefix + "-1"))
                .singleElement()
                .satisfies(m -> assertEquals(7, m.minOccupancy()));
    }

    @Test
    void oneBadRowRefusesTheWholeListAndNamesItsRow() throws Exception {
        byte[] list = csv(
                HEADER,
                row(prefix + "-ok", 2, 8, ""),
                row(prefix + "-bad", 9, 8, "31.02.2027=5"),
                row(prefix + "-ok", 2, 8, ""));

        ImportPreview preview = as(admin, PW, () -> imports.preview("vergabe.csv", list));

        assertThat(preview.valid()).isFalse();
        assertThat(preview.problems())
                .extracting(ImportProblem::row, ImportProblem::key)
                .contains(
                        Tuple.tuple(3, "import.error.minAboveMax"),
                        Tuple.tuple(3, "import.error.date"),
                        Tuple.tuple(4, "import.error.duplicate"));
        assertThrows(ImportRefusedException.class, () -> as(admin, PW, () -> imports.importAll("vergabe.csv", list)));
        assertEquals(
                0L,
                (long) as(
                        coordinator, PW, () -> catalog.count(new MeasureFilter(prefix, null, null, null, null, null))),
                "nothing stored");
    }

    @Test
    void anXlsxListIsReadLikeTheCsv() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Vergabe");
            String[] header = HEADER.split(";");
            String[] values =
                    row(prefix + "-x", 3, 9, start.format(GERMAN) + "=9").split(";");
            Row head = sheet.createRow(0);
            Row data = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
                data.createCell(i).setCellValue(values[i]);
            }
            data.getCell(7).setCellValue(3);
            data.getCell(8).setCellValue(9);
            book.write(out);
            workbook = out.toByteArray();
        }

        ImportPreview preview = as(admin, PW, () -> imports.importAll("vergabe.xlsx", workbook));

        assertThat(preview.problems()).isEmpty();
        assertEquals(1L, (long) as(
                coordinator, PW, () -> catalog.count(new MeasureFilter(prefix + "-x", null, null, null, null, null))));
        assertThat(as(admin, PW, () -> imports.preview("liste.pdf", workbook)).problems())
                .extracting(ImportProblem::key)
                .containsExactly("import.error.fileType");
        assertThat(as(admin, PW, () -> imports.preview("kaputt.xlsx", "kein Excel".getBytes(StandardCharsets.UTF_8)))
                        .problems())
                .extracting(ImportProblem::key)
                .containsExactly("import.error.unreadable");
    }

    @Test
    void coordinatorsChangeOnlyTheirOwnMeasuresAndCaseworkersImportNothing() throws Exception {
        String other = staff.newMember(null, Role.MEASURE_COORDINATOR);
        long foreign = measures.newMeasure(other, null, LegalBasis.SGB3_45, TargetGroup.ALL, EntryMode.FIXED_DATES);
        String number = measures.number(foreign);
        byte[] list = csv(HEADER, row(number, 1, 5, ""));

        assertThat(as(coordinator, PW, () -> imports.preview("vergabe.csv", list))
                        .problems())
                .extracting(ImportProblem::key)
                .containsExactly("import.error.notYours");
        assertThrows(
                ImportRefusedException.class, () -> as(coordinator, PW, () -> imports.importAll("vergabe.csv", list)));
        assertEquals(
                1, as(admin, PW, () -> imports.importAll("vergabe.csv", list)).updates(), "an admin maintains any");

        String caseworker = staff.newMember(null, Role.CASEWORKER);
        assertThrows(EJBAccessException.class, () -> as(caseworker, PW, () -> imports.preview("vergabe.csv", list)));
    }
}
