package de.nahbar.reach.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.nahbar.reach.domain.AppointmentMode;
import de.nahbar.reach.service.InvitationLetter;
import de.nahbar.reach.service.MySettings;
import de.nahbar.shared.web.DinLetter;
import de.nahbar.shared.web.LetterTexts;
import de.nahbar.shared.web.Letterhead;
import de.nahbar.shared.web.PdfLayout;

/**
 * An invitation to an appointment as a DIN 5008 letter in plain words: when, where or by phone,
 * what it is about, what to bring, and how to reach the caseworker. The direct dial and e-mail
 * address appear only when the service put them into the letter, that is: when the caseworker
 * opted in; otherwise the letter names the Jobcenter's general number.
 */
final class InvitationLetterPdf {

    private static final float BODY = 11;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", Locale.GERMAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMAN);

    private InvitationLetterPdf() {}

    static byte[] render(InvitationLetter letter, Letterhead head) {
        LetterTexts t = new LetterTexts();
        String day = DAY.format(letter.startsAt());
        String time = TIME.format(letter.startsAt());
        String subject = t.text("invitation.letter.subject", day, time);
        String dial = letter.directDial();
        try (PdfLayout pdf = new PdfLayout(subject, letter.caseworker(), head.footer())) {
            List<String> recipient = new ArrayList<>();
            recipient.add(letter.customerName());
            recipient.add(letter.street());
            recipient.add(letter.postalCodeAndCity());
            DinLetter.head(
                    pdf,
                    head,
                    recipient,
                    List.of(
                            new String[] {t.text("invitation.letter.customerNumber"), letter.customerNumber()},
                            new String[] {t.text("letter.contact"), letter.caseworker()},
                            new String[] {t.text("letter.phone"), dial != null ? dial : head.phone()},
                            new String[] {t.text("letter.email"), letter.email() != null ? letter.email() : head.email()
                            },
                            new String[] {t.text("letter.date"), LetterTexts.date(letter.writtenOn())}));
            pdf.paragraph(subject, true, BODY);
            pdf.gap(8);
            pdf.paragraph(t.text("invitation.letter.salutation", letter.customerName()), false, BODY);
            pdf.gap(4);
            pdf.paragraph(
                    letter.mode() == AppointmentMode.PHONE
                            ? t.text("invitation.letter.byPhone", day, time)
                            : t.text("invitation.letter.inPerson", day, time, letter.place()),
                    false,
                    BODY);
            pdf.gap(4);
            pdf.paragraph(t.text("invitation.letter.purpose"), true, BODY);
            pdf.paragraph(letter.purpose(), false, BODY);
            if (letter.bring() != null) {
                pdf.gap(4);
                pdf.paragraph(t.text("invitation.letter.bring"), true, BODY);
                pdf.paragraph(letter.bring(), false, BODY);
            }
            pdf.gap(4);
            pdf.paragraph(t.text("invitation.letter.cannotCome"), false, BODY);
            pdf.gap(4);
            pdf.paragraph(reach(letter, dial, head, t), false, BODY);
            for (MySettings.Absence absence : letter.absences()) {
                pdf.gap(2);
                pdf.paragraph(
                        t.text(
                                "invitation.letter.absence",
                                LetterTexts.date(absence.from()),
                                LetterTexts.date(absence.to()),
                                absence.deputy(),
                                head.phone()),
                        false,
                        BODY);
            }
            pdf.gap(8);
            pdf.paragraph(t.text("letter.regards"), false, BODY);
            pdf.gap(10);
            pdf.paragraph(letter.caseworker(), false, BODY);
            return pdf.toBytes();
        }
    }

    /** How to reach the caseworker: direct dial and hours, e-mail, or only the Jobcenter's number. */
    private static String reach(InvitationLetter letter, String dial, Letterhead head, LetterTexts t) {
        if (dial != null && letter.email() != null) {
            return t.text("invitation.letter.reachBoth", dial, hours(letter, t), letter.email());
        }
        if (dial != null) {
            return t.text("invitation.letter.reachPhone", dial, hours(letter, t));
        }
        if (letter.email() != null) {
            return t.text("invitation.letter.reachEmail", letter.email(), head.phone());
        }
        return t.text("invitation.letter.reachJobcenter", head.phone());
    }

    private static String hours(InvitationLetter letter, LetterTexts t) {
        return letter.phoneHours() == null ? "" : t.text("invitation.letter.hours", letter.phoneHours());
    }
}
