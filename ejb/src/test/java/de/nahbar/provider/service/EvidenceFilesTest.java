package de.nahbar.provider.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import de.nahbar.provider.domain.EvidenceUpload;

class EvidenceFilesTest {

    @Test
    void aRealPdfAndARealImagePass() throws IOException {
        assertThat(EvidenceFiles.checked("bericht.pdf", pdf()).type()).isEqualTo(EvidenceUpload.Type.PDF);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", png);
        assertThat(EvidenceFiles.checked("foto.png", png.toByteArray()).type()).isEqualTo(EvidenceUpload.Type.PNG);
    }

    @Test
    void anHtmlPageBehindAPdfSignatureIsRefused() {
        byte[] polyglot = "%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertUnreadable(polyglot, "brief.pdf");
    }

    @Test
    void anImageThatOnlyBeginsLikeOneOrAnnouncesAGiganticPictureIsRefusedWithoutDecoding() throws IOException {
        assertUnreadable(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3}, "kaputt.png");
        assertUnreadable(pngHeaderOf(60_000, 60_000), "riesig.png");
    }

    private static void assertUnreadable(byte[] content, String name) {
        assertThatThrownBy(() -> EvidenceFiles.checked(name, content))
                .isInstanceOfSatisfying(
                        EvidenceUpload.RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(EvidenceUpload.Refusal.UNREADABLE));
    }

    private static byte[] pdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(out);
        }
        return out.toByteArray();
    }

    /** A PNG signature and header announcing width × height pixels, with no picture behind it. */
    private static byte[] pngHeaderOf(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] chunk = new byte[17];
        System.arraycopy("IHDR".getBytes(StandardCharsets.US_ASCII), 0, chunk, 0, 4);
        chunk[4] = (byte) (width >>> 24);
        chunk[5] = (byte) (width >>> 16);
        chunk[6] = (byte) (width >>> 8);
        chunk[7] = (byte) width;
        chunk[8] = (byte) (height >>> 24);
        chunk[9] = (byte) (height >>> 16);
        chunk[10] = (byte) (height >>> 8);
        chunk[11] = (byte) height;
        chunk[12] = 8;
        chunk[13] = 2;
        out.write(new byte[] {0, 0, 0, 13});
        out.write(chunk);
        CRC32 crc = new CRC32();
        crc.update(chunk);
        long value = crc.getValue();
        out.write(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
        return out.toByteArray();
    }
}
