package de.nahbar.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import de.nahbar.caseload.domain.ExitReason;
import de.nahbar.caseload.domain.ImportRun;

class BenefitsFileTest {

    private static final String HEADER = "kundennummer;bg_nummer;nachname;vorname;geburtsdatum;strasse;plz;ort;"
            + "telefon;email;leistungsbeginn;abgang_am;abgangsgrund\n";

    private static BenefitsFile.Content read(String text) {
        return BenefitsFile.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusalOf(Runnable read) {
        try {
            read.run();
            throw new AssertionError("not refused");
        } catch (BenefitsFile.Unreadable e) {
            return e.key();
        }
    }

    @Test
    void aRowIsTheFullRecordOfOneCustomerWithItsExit() {
        BenefitsFile.Content content = read("\uFEFF" + HEADER
                + "123d456789;12345BG0012345;Özdemir;Ayşe;1990-04-01;\"Hauptstr. 1; Hinterhaus\";12345;Musterstadt;"
                + "+49 30 1234567;a@example.org;2025-01-01;2026-11-30;arbeit\n");

        assertThat(content.refusals()).isEmpty();
        BenefitsFile.Row row = content.rows().get(0);
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.customerNumber()).isEqualTo("123D456789");
        assertThat(row.householdNumber()).isEqualTo("12345BG0012345");
        assertThat(row.street()).isEqualTo("Hauptstr. 1; Hinterhaus");
        assertThat(row.birthDate()).isEqualTo(LocalDate.of(1990, 4, 1));
        assertThat(row.exitOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(row.exitReason()).isEqualTo(ExitReason.WORK);
    }

    @Test
    void aBadRowIsNamedWithItsLineAndTheOthersAreKept() {
        BenefitsFile.Content content = read(HEADER
                + "123D456789;;Berg;Ida;1990-04-01;;;;;;;;\n"
                + "123D456780;;Berg;Ida;01.04.1990;;;;;;;;\n"
                + "123D456789;;Berg;Ida;1990-04-01;;;;;;;;\n"
                + "123D456781;;=HYPERLINK(\"\"x\"\");Ida;1990-04-01;;;;;;;;\n"
                + "123D456782;;Berg;Ida;1990-04-01;;;;;;;2026-01-01;\n"
                + "123D456783;;Berg;Ida;1990-04-01;;;;;;;2026-01-01;RENTE\n"
                + "12;;Berg;Ida;1990-04-01;;;;;;;;\n"
                + "123D456784;;Berg\n");

        assertThat(content.rows()).extracting(BenefitsFile.Row::line).containsExactly(2);
        assertThat(content.refusals())
                .extracting(ImportRun.Refusal::row, ImportRun.Refusal::reasonKey)
                .containsExactly(
                        tuple(3, "benefits.date"),
                        tuple(4, "benefits.numberTwice"),
                        tuple(5, "benefits.formula"),
                        tuple(6, "benefits.exitIncomplete"),
                        tuple(7, "benefits.exitReason"),
                        tuple(8, "benefits.customerNumber"),
                        tuple(9, "benefits.columnCount"));
        assertThat(content.total()).isEqualTo(8);
    }

    @Test
    void theJsonFormHasTheSameColumnsAsKeysAndPassesTheSameChecks() {
        BenefitsFile.Content content = read("""
                {"personen": [
                  {"kundennummer": "123D456789", "bg_nummer": null, "nachname": "Özdemir", "vorname": "Ayşe",
                   "geburtsdatum": "1990-04-01", "plz": "12345", "abgang_am": "2026-11-30", "abgangsgrund": "UMZUG"},
                  {"kundennummer": "123D456780", "nachname": "Berg", "vorname": "Jo", "geburtsdatum": "1.4.1990"},
                  {"kundennummer": "123D456781", "nachname": "Kurz", "vorname": "Uli", "geburtsdatum": 19900401},
                  "Meier",
                  {"kundennummer": "123D456789", "nachname": "Doppelt", "vorname": "X", "geburtsdatum": "1990-04-01"}
                ]}
                """);

        assertThat(content.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(1);
            assertThat(row.lastName()).isEqualTo("Özdemir");
            assertThat(row.street()).isNull();
            assertThat(row.exitReason()).isEqualTo(ExitReason.MOVED_AWAY);
        });
        assertThat(content.refusals())
                .extracting(ImportRun.Refusal::row, ImportRun.Refusal::reasonKey, ImportRun.Refusal::detail)
                .containsExactly(
                        tuple(2, "benefits.date", "geburtsdatum"),
                        tuple(3, "benefits.jsonType", "geburtsdatum"),
                        tuple(4, "benefits.jsonEntry", null),
                        tuple(5, "benefits.numberTwice", "123D456789"));
        assertThat(read("[]").rows()).isEmpty();
        assertThat(refusalOf(() -> read("{\"x\": 1}"))).isEqualTo("benefits.jsonShape");
        assertThat(refusalOf(() -> read("[{\"kundennummer\": "))).isEqualTo("benefits.unreadable");
    }

    @Test
    void aFileThatCannotBeReadAtAllGivesNoRows() {
        assertThat(refusalOf(() -> BenefitsFile.read(new byte[0]))).isEqualTo("benefits.empty");
        assertThat(refusalOf(() -> BenefitsFile.read(new byte[BenefitsFile.BYTES_MAX + 1])))
                .isEqualTo("benefits.tooLarge");
        assertThat(refusalOf(() -> BenefitsFile.read(new byte[] {'P', 'K', 3, 4, 0})))
                .isEqualTo("benefits.notCsv");
        assertThat(refusalOf(() -> BenefitsFile.read(new byte[] {0x1f, (byte) 0x8b, 8})))
                .isEqualTo("benefits.notCsv");
        assertThat(refusalOf(
                        () -> BenefitsFile.read((HEADER + "123D456789;;Müller").getBytes(StandardCharsets.ISO_8859_1))))
                .isEqualTo("benefits.encoding");
        assertThat(refusalOf(() -> read("kundennummer;nachname\n"))).isEqualTo("benefits.missingColumns");
        assertThat(refusalOf(() -> read(HEADER + "123D456789;;\"Berg;Ida;1990-04-01;;;;;;;;\n")))
                .as("a quote never closed")
                .isEqualTo("benefits.unreadable");
    }
}
