package de.nahbar.provider.web;

import de.nahbar.provider.domain.DeficiencyEntryKind;
import de.nahbar.provider.service.DeficiencyDetail;
import de.nahbar.provider.service.Dossier;
import de.nahbar.provider.service.ProviderPage;
import de.nahbar.shared.web.LetterTexts;
import de.nahbar.shared.web.Letterhead;
import de.nahbar.shared.web.PdfLayout;

/**
 * A provider's deficiency history for the legal department: each deficiency with what was
 * established, the observations it rests on and every entry in order with author and time;
 * corrections appear as their own entries and name the entry they correct.
 */
final class DossierPdf {

    private static final float TEXT = 10;
    private static final float INDENT = PdfLayout.LEFT_MM + 5;
    private static final float WIDTH = 210 - PdfLayout.LEFT_MM - PdfLayout.RIGHT_MM - 5;

    private DossierPdf() {}

    static byte[] render(Dossier dossier, Letterhead head) {
        LetterTexts t = new LetterTexts();
        try (PdfLayout pdf =
                new PdfLayout(t.text("dossier.title", dossier.providerName()), dossier.createdBy(), head.footer())) {
            pdf.paragraph(head.name(), true, 12);
            pdf.gap(4);
            pdf.paragraph(t.text("dossier.title", dossier.providerName()), true, 15);
            pdf.paragraph(dossier.providerAddress() == null ? "" : dossier.providerAddress(), false, TEXT);
            if (dossier.certification() != null) {
                pdf.paragraph(t.text("dossier.certification", dossier.certification()), false, TEXT);
            }
            pdf.paragraph(
                    t.text("dossier.created", LetterTexts.dateTime(dossier.createdAt()), dossier.createdBy()),
                    false,
                    TEXT);
            if (dossier.deficiencies().isEmpty()) {
                pdf.gap(6);
                pdf.paragraph(t.text("dossier.none"), false, TEXT);
            }
            for (DeficiencyDetail d : dossier.deficiencies()) {
                pdf.gap(8);
                pdf.paragraph(t.text("dossier.deficiency", d.id(), t.label(d.category())), true, 12);
                pdf.paragraph(
                        t.text(
                                "dossier.state",
                                t.label(d.status()),
                                LetterTexts.date(d.deadline()),
                                d.escalation() == null ? "–" : t.label(d.escalation()),
                                d.owner(),
                                LetterTexts.dateTime(d.openedAt())),
                        false,
                        TEXT);
                pdf.paragraph(t.text("dossier.measures", String.join("; ", d.measures())), false, TEXT);
                if (d.participations() > 0) {
                    pdf.paragraph(
                            t.text("dossier.participations", String.join(", ", d.participationNumbers())), false, TEXT);
                }
                pdf.gap(2);
                pdf.paragraph(d.description(), false, TEXT, INDENT, WIDTH);
                for (ProviderPage.Observation o : d.observations()) {
                    pdf.gap(2);
                    pdf.paragraph(
                            t.text(
                                    "dossier.observation",
                                    LetterTexts.date(o.observedOn()),
                                    t.label(o.tone()),
                                    o.author()),
                            true,
                            TEXT,
                            INDENT,
                            WIDTH);
                    pdf.paragraph(o.text(), false, TEXT, INDENT, WIDTH);
                }
                for (DeficiencyDetail.Entry e : d.entries()) {
                    pdf.gap(2);
                    pdf.paragraph(
                            t.text(
                                    "dossier.entry",
                                    e.id(),
                                    LetterTexts.dateTime(e.recordedAt()),
                                    e.author(),
                                    title(t, e)),
                            true,
                            TEXT,
                            INDENT,
                            WIDTH);
                    if (e.correctsId() != null) {
                        pdf.paragraph(t.text("dossier.corrects", e.correctsId()), false, TEXT, INDENT, WIDTH);
                    }
                    pdf.paragraph(e.text(), false, TEXT, INDENT, WIDTH);
                    if (e.deadline() != null) {
                        pdf.paragraph(
                                t.text("dossier.deadline", LetterTexts.date(e.deadline())), false, TEXT, INDENT, WIDTH);
                    }
                    if (e.hasFile()) {
                        pdf.paragraph(
                                t.text("dossier.file", e.fileName(), e.contentType(), e.fileSize()),
                                false,
                                TEXT,
                                INDENT,
                                WIDTH);
                    }
                }
            }
            return pdf.toBytes();
        }
    }

    /** "Beweis", "Status: Träger aufgefordert", "Eskalation: Abmahnung", "Weitergegeben an: …". */
    static String title(LetterTexts t, DeficiencyDetail.Entry e) {
        return switch (e.kind()) {
            case STATUS -> t.label(e.kind()) + ": " + t.label(e.status());
            case ESCALATION -> t.label(e.kind()) + ": " + t.label(e.escalation());
            case PASSED_ON -> t.label(e.kind()) + ": " + t.label(e.passedOnTo());
            case OPENED, EVIDENCE ->
                e.correctsId() != null && e.kind() == DeficiencyEntryKind.EVIDENCE
                        ? t.text("deficiency.correction")
                        : t.label(e.kind());
        };
    }
}
