package de.nahbar.provider.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import de.nahbar.provider.domain.EvidenceUpload;

/**
 * An evidence file checked as a whole: besides size and first bytes ({@link EvidenceUpload}), a
 * PDF must open with PDFBox and have a page, an image must decode. A file that only begins like
 * a PDF (an HTML page behind "%PDF-") is refused. What still is both a PDF and something else is
 * harmless here: evidence is downloaded as an attachment with its exact type and {@code nosniff}.
 */
final class EvidenceFiles {

    /** Larger images are refused before decoding: a few bytes can announce a picture that fills the heap. */
    static final long MAX_PIXELS = 100_000_000L;

    private EvidenceFiles() {}

    static EvidenceUpload checked(String fileName, byte[] content) {
        EvidenceUpload upload = EvidenceUpload.of(fileName, content);
        if (!(upload.type() == EvidenceUpload.Type.PDF ? isPdf(content) : isImage(content))) {
            throw new EvidenceUpload.RefusedException(EvidenceUpload.Refusal.UNREADABLE);
        }
        return upload;
    }

    private static boolean isPdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static boolean isImage(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return false;
                }
                return reader.read(0) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }
}
