package de.nahbar.shared.web;

import java.util.List;

/**
 * The head of every letter nahbar writes, after DIN 5008 form B: letterhead, fold and punch
 * marks, the return line and the recipient in the window of the envelope, and the information
 * block on the right. Afterwards the layout stands where the subject line belongs.
 */
public final class DinLetter {

    private static final float INFO_X = 125;
    private static final float LINE = 4.6f;

    private DinLetter() {}

    /**
     * @param recipient the address lines, name first
     * @param info label and value of each line of the information block
     */
    public static void head(PdfLayout pdf, Letterhead head, List<String> recipient, List<String[]> info) {
        pdf.textAt(head.name(), true, 15, PdfLayout.LEFT_MM, 22);
        pdf.textAt(head.street() + " · " + head.city(), false, 9, PdfLayout.LEFT_MM, 28);
        pdf.markAt(105, 5);
        pdf.markAt(148.5f, 8);
        pdf.markAt(210, 5);
        // address field: return line in the Zusatz- und Vermerkzone, then the recipient (from 62.7 mm)
        pdf.textAt(head.returnLine(), false, 7, PdfLayout.LEFT_MM, 60);
        float line = 68;
        for (String part : recipient) {
            pdf.textAt(part, false, 11, PdfLayout.LEFT_MM, line);
            line += LINE;
        }
        float row = 54;
        for (String[] entry : info) {
            pdf.textAt(entry[0], false, 8, INFO_X, row);
            pdf.textAt(entry[1], false, 9, INFO_X + 22, row);
            row += LINE;
        }
        pdf.moveTo(98.5f);
    }
}
