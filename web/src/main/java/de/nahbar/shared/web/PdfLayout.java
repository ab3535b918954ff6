package de.nahbar.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Flowing text on A4 pages with PDFBox, in millimetres from the top left as DIN 5008 measures:
 * paragraphs wrap at the right margin and continue on a new page; absolute text for the fields of
 * a letter; a footer on every page. Characters the standard fonts cannot show become "?", so
 * any input renders.
 */
public final class PdfLayout implements AutoCloseable {

    public static final float LEFT_MM = 25;
    public static final float RIGHT_MM = 20;
    private static final float TOP_MM = 20;
    private static final float BOTTOM_MM = 25;
    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final List<String> footer;
    private final boolean landscape;
    private final float widthMm;
    private final float heightMm;
    private PDPageContentStream stream;
    private float yMm;

    public PdfLayout(String title, String author, List<String> footer) {
        this(title, author, footer, false);
    }

    /** A document on A4 in landscape when {@code landscape}, for wide tables. */
    public PdfLayout(String title, String author, List<String> footer, boolean landscape) {
        this.footer = List.copyOf(footer);
        this.landscape = landscape;
        this.widthMm = landscape ? 297 : 210;
        this.heightMm = landscape ? 210 : 297;
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(safe(title));
        info.setAuthor(safe(author));
        newPage();
    }

    /** Where the next paragraph starts, in mm from the top. */
    public void moveTo(float topMm) {
        yMm = topMm;
    }

    public float position() {
        return yMm;
    }

    /** A paragraph at the left margin, wrapped to the text width. */
    public void paragraph(String text, boolean strong, float size) {
        paragraph(text, strong, size, LEFT_MM, textWidth());
    }

    /** A paragraph at {@code xMm}, wrapped to {@code widthMm}; continues on a new page when the page is full. */
    public void paragraph(String text, boolean strong, float size, float xMm, float widthMm) {
        PDType1Font font = strong ? bold : regular;
        float lineMm = size * 1.35f / POINTS_PER_MM;
        for (String line : wrap(safe(text), font, size, widthMm)) {
            if (yMm + lineMm > heightMm - BOTTOM_MM) {
                newPage();
            }
            yMm += lineMm;
            show(line, font, size, xMm, yMm);
        }
    }

    /**
     * A table row from the left margin: each cell wrapped to its column's width, the row as high
     * as its tallest cell; a row that no longer fits starts a new page.
     */
    public void row(List<String> cells, float[] widthsMm, boolean strong, float size) {
        PDType1Font font = strong ? bold : regular;
        float lineMm = size * 1.3f / POINTS_PER_MM;
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = wrap(safe(cells.get(c)), font, size, widthsMm[c] - 1);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        if (yMm + height * lineMm > heightMm - BOTTOM_MM) {
            newPage();
        }
        float x = LEFT_MM;
        for (int c = 0; c < wrapped.size(); c++) {
            float line = yMm;
            for (String text : wrapped.get(c)) {
                line += lineMm;
                show(text, font, size, x, line);
            }
            x += widthsMm[c];
        }
        yMm += height * lineMm + 0.8f;
    }

    /** A single line at a fixed place, not moving the flow (letterhead, address field, info block). */
    public void textAt(String text, boolean strong, float size, float xMm, float baselineMm) {
        show(safe(text), strong ? bold : regular, size, xMm, baselineMm);
    }

    public void gap(float mm) {
        yMm += mm;
    }

    /** A short horizontal mark at the left edge (fold and hole marks of DIN 5008). */
    public void markAt(float topMm, float lengthMm) {
        try {
            stream.moveTo(3 * POINTS_PER_MM, y(topMm));
            stream.lineTo((3 + lengthMm) * POINTS_PER_MM, y(topMm));
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width between the margins, in mm. */
    public float textWidth() {
        return widthMm - LEFT_MM - RIGHT_MM;
    }

    public int pages() {
        return document.getNumberOfPages();
    }

    public byte[] toBytes() {
        try {
            stream.close();
            stream = null;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(
                    landscape
                            ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                            : PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            float line = heightMm - 12;
            for (String text : footer) {
                show(safe(text), regular, 7.5f, LEFT_MM, line);
                line += 3.5f;
            }
            show("Seite " + document.getNumberOfPages(), regular, 7.5f, widthMm - RIGHT_MM - 15, heightMm - 12);
            yMm = TOP_MM;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(String text, PDType1Font font, float size, float xMm, float baselineMm) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(xMm * POINTS_PER_MM, y(baselineMm));
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float y(float topMm) {
        return (heightMm - topMm) * POINTS_PER_MM;
    }

    /** Lines of at most {@code widthMm}; explicit line breaks are kept, over-long words are cut. */
    private static List<String> wrap(String text, PDType1Font font, float size, float widthMm) {
        float max = widthMm * POINTS_PER_MM;
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > max) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > max) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only what WinAnsi (the standard fonts' encoding) can show: other characters become "?", tabs spaces. */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        CharsetEncoder winAnsi = WINDOWS_1252.newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (c == '\t' || c == '\r') {
                out.append(' ');
            } else if (c < 0x20 || c >= 0x7f && c < 0xa0) {
                return;
            } else if (winAnsi.canEncode(Character.toString(c))) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }
}
