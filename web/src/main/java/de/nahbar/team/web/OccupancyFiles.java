package de.nahbar.team.web;

import java.util.List;
import java.util.function.IntConsumer;

import de.nahbar.shared.web.PdfLayout;
import de.nahbar.shared.web.XlsxWriter;

/** The occupancy sheet written as a spreadsheet (Apache POI) or as an A4 landscape report (PDFBox). */
final class OccupancyFiles {

    private static final float SIZE = 6.5f;
    private static final float HEADER_SIZE = 6f;
    /** Number, title, provider, location, then the figures; fits the 252 mm of an A4 page in landscape. */
    private static final float[] MAIN_WIDTHS = {24, 30, 24, 16, 10, 17, 12, 12, 11, 8, 17, 15, 11, 13, 14, 17};

    private static final float NUMBER_WIDTH = 24;

    private OccupancyFiles() {}

    static byte[] excel(OccupancySheet sheet, IntConsumer progress) {
        return XlsxWriter.write(sheet.title(), sheet.preamble(), sheet.header(), sheet.rows(), progress);
    }

    static byte[] pdf(OccupancySheet sheet, List<String> footer, String author, IntConsumer progress) {
        try (PdfLayout pdf = new PdfLayout(sheet.title(), author, footer, true)) {
            pdf.paragraph(sheet.preamble().get(0), true, 14);
            for (String line : sheet.preamble().subList(1, sheet.preamble().size())) {
                pdf.paragraph(line, false, 8.5f);
            }
            pdf.gap(4);
            pdf.row(OccupancySheet.pick(sheet.header(), OccupancySheet.PDF_COLUMNS), MAIN_WIDTHS, true, HEADER_SIZE);
            int written = 0;
            for (List<String> row : sheet.rows()) {
                pdf.row(
                        OccupancySheet.pick(row, OccupancySheet.PDF_COLUMNS),
                        MAIN_WIDTHS,
                        written == sheet.rows().size() - 1,
                        SIZE);
                progress.accept(++written);
            }
            pdf.gap(6);
            float[] monthWidths = new float[sheet.monthHeader().size()];
            monthWidths[0] = NUMBER_WIDTH;
            for (int i = 1; i < monthWidths.length; i++) {
                monthWidths[i] = Math.min(12, (pdf.textWidth() - NUMBER_WIDTH) / (monthWidths.length - 1));
            }
            pdf.row(sheet.monthHeader(), monthWidths, true, HEADER_SIZE);
            for (List<String> row : sheet.monthRows()) {
                pdf.row(row, monthWidths, false, SIZE);
            }
            pdf.row(sheet.trend(), monthWidths, true, SIZE);
            return pdf.toBytes();
        }
    }
}
