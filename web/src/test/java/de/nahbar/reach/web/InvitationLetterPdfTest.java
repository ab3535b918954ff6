package de.nahbar.reach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import de.nahbar.reach.domain.AppointmentMode;
import de.nahbar.reach.service.InvitationLetter;
import de.nahbar.reach.service.MySettings;
import de.nahbar.shared.web.Letterhead;

/** The invitation letter as the customer reads it: the direct dial appears exactly when the caseworker opted in. */
class InvitationLetterPdfTest {

    private static final Letterhead HEAD = new Letterhead(
            "Jobcenter Musterstadt",
            "Am Markt 1",
            "06108 Musterstadt",
            "0345 7001-0",
            "service@jobcenter-musterstadt.example",
            "www.jobcenter-musterstadt.example");
    private static final LocalDateTime WHEN = LocalDateTime.of(2026, 12, 3, 9, 30);

    private static InvitationLetter letter(String dial, String email, List<MySettings.Absence> absences) {
        return new InvitationLetter(
                "Mehmet Öztürk",
                "Lindenstraße 4",
                "06108 Musterstadt",
                "123D456789",
                "Anna Schulz",
                dial,
                email,
                dial == null ? null : "Mo–Do 8–10 Uhr",
                absences,
                WHEN,
                AppointmentMode.IN_PERSON,
                "Raum 2.14",
                "Wir sprechen über Ihre Bewerbung als Pflegehelfer.",
                "Lebenslauf und Zeugnisse",
                LocalDate.of(2026, 11, 24));
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void optedInTheLetterGivesDirectDialPhoneHoursAndEmail() throws IOException {
        String text = text(InvitationLetterPdf.render(
                letter("0345 7001-1187", "a.schulz@jobcenter-musterstadt.example", List.of()), HEAD));

        assertThat(text)
                .contains(
                        "0345 7001-1187",
                        "Mo–Do 8–10 Uhr",
                        "a.schulz@jobcenter-musterstadt.example",
                        "Sie erreichen mich direkt unter 0345 7001-1187");
        assertThat(text)
                .contains(
                        "Mehmet Öztürk",
                        "Lindenstraße 4",
                        "06108 Musterstadt",
                        "123D456789",
                        "Anna Schulz",
                        "03.12.2026",
                        "09:30",
                        "Raum 2.14",
                        "Pflegehelfer",
                        "Lebenslauf und Zeugnisse");
    }

    @Test
    void notOptedInTheLetterNamesOnlyTheJobcentersNumber() throws IOException {
        String text = text(InvitationLetterPdf.render(letter(null, null, List.of()), HEAD));

        assertThat(text).doesNotContain("7001-1187", "a.schulz@", "Sie erreichen mich direkt");
        assertThat(text).contains("0345 7001-0", "Servicenummer des Jobcenters");
    }

    @Test
    void duringAnAbsenceTheLetterPointsToTheDeputy() throws IOException {
        String text = text(InvitationLetterPdf.render(
                letter(
                        "0345 7001-1187",
                        null,
                        List.of(new MySettings.Absence(
                                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 12), "Lukas Koch"))),
                HEAD));

        assertThat(text).contains("01.12.2026", "12.12.2026", "Lukas Koch");
    }
}
