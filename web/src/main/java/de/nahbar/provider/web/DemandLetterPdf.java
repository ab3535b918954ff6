package de.nahbar.provider.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.nahbar.provider.service.DemandLetter;
import de.nahbar.shared.web.DinLetter;
import de.nahbar.shared.web.LetterTexts;
import de.nahbar.shared.web.Letterhead;
import de.nahbar.shared.web.PdfLayout;

/**
 * The written demand to remedy a deficiency (§183 SGB III) as a DIN 5008 letter (form B): the
 * letterhead, the return line and the provider's address in the window, the information block,
 * subject, what was established and on what, the deadline, and the steps that follow.
 */
final class DemandLetterPdf {

    private static final float BODY = 11;

    private DemandLetterPdf() {}

    static byte[] render(DemandLetter letter, Letterhead head) {
        LetterTexts t = new LetterTexts();
        try (PdfLayout pdf =
                new PdfLayout(t.text("letter.subject", letter.providerName()), letter.signedBy(), head.footer())) {
            DinLetter.head(
                    pdf,
                    head,
                    address(letter),
                    List.of(
                            new String[] {
                                t.text("letter.reference"), t.text("letter.referenceValue", letter.deficiencyId())
                            },
                            new String[] {t.text("letter.contact"), letter.signedBy()},
                            new String[] {
                                t.text("letter.email"),
                                letter.signerEmail() == null ? head.email() : letter.signerEmail()
                            },
                            new String[] {t.text("letter.phone"), head.phone()},
                            new String[] {t.text("letter.date"), LetterTexts.date(letter.writtenOn())}));
            pdf.paragraph(t.text("letter.subject", letter.providerName()), true, BODY);
            for (String measure : letter.measures()) {
                pdf.paragraph(measure, true, BODY);
            }
            pdf.gap(8);
            pdf.paragraph(t.text("letter.salutation"), false, BODY);
            pdf.gap(4);
            pdf.paragraph(t.text("letter.established", t.label(letter.category())), false, BODY);
            pdf.gap(2);
            pdf.paragraph(
                    letter.description(),
                    false,
                    BODY,
                    PdfLayout.LEFT_MM + 5,
                    210 - PdfLayout.LEFT_MM - PdfLayout.RIGHT_MM - 5);
            if (!letter.evidence().isEmpty()) {
                pdf.gap(4);
                pdf.paragraph(t.text("letter.basis"), false, BODY);
                for (DemandLetter.Evidence evidence : letter.evidence()) {
                    pdf.gap(1);
                    pdf.paragraph(
                            LetterTexts.date(evidence.on()) + ": " + evidence.text(),
                            false,
                            BODY,
                            PdfLayout.LEFT_MM + 5,
                            210 - PdfLayout.LEFT_MM - PdfLayout.RIGHT_MM - 5);
                }
            }
            pdf.gap(4);
            pdf.paragraph(t.text("letter.demand", LetterTexts.date(letter.deadline())), false, BODY);
            pdf.gap(4);
            pdf.paragraph(t.text("letter.consequences"), false, BODY);
            pdf.gap(8);
            pdf.paragraph(t.text("letter.regards"), false, BODY);
            pdf.paragraph(t.text("letter.onBehalf"), false, BODY);
            pdf.gap(10);
            pdf.paragraph(letter.signedBy(), false, BODY);
            return pdf.toBytes();
        }
    }

    /** The provider's name and address lines ("Hafenstraße 12, 12345 Musterstadt" → two lines). */
    private static List<String> address(DemandLetter letter) {
        List<String> lines = new ArrayList<>();
        lines.add(letter.providerName());
        if (letter.contactName() != null) {
            lines.add(letter.contactName());
        }
        if (letter.providerAddress() != null) {
            Arrays.stream(letter.providerAddress().split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(lines::add);
        }
        return lines;
    }
}
