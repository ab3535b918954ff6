package de.nahbar.provider.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EvidenceUploadTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};

    @Test
    void theTypeIsToldByTheContentAndTheNameGetsItsExtension() {
        EvidenceUpload upload = EvidenceUpload.of("C:\\Ablage\\Protokoll Besuch März.pdf", PDF);
        assertThat(upload.type()).isEqualTo(EvidenceUpload.Type.PDF);
        assertThat(upload.fileName()).isEqualTo("Protokoll_Besuch_Maerz.pdf");
        assertThat(EvidenceUpload.of("foto.pdf", PNG).fileName())
                .as("a PNG named .pdf")
                .isEqualTo("foto.png");
    }

    @Test
    void foreignEmptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() ->
                        EvidenceUpload.of("skript.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        EvidenceUpload.RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(EvidenceUpload.Refusal.TYPE));
        assertThatThrownBy(() -> EvidenceUpload.of("leer.pdf", new byte[0]))
                .isInstanceOfSatisfying(
                        EvidenceUpload.RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(EvidenceUpload.Refusal.EMPTY));
        byte[] large = new byte[EvidenceUpload.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThatThrownBy(() -> EvidenceUpload.of("gross.pdf", large))
                .isInstanceOfSatisfying(
                        EvidenceUpload.RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(EvidenceUpload.Refusal.TOO_LARGE));
    }

    @Test
    void pathsAndMarkupLeaveNothingDangerousInTheName() {
        assertThat(EvidenceUpload.of("../../etc/pass<wd>\u0000\"';.pdf", PDF).fileName())
                .isEqualTo("pass_wd_.pdf");
        assertThat(EvidenceUpload.of("...", PDF).fileName()).isEqualTo("nachweis.pdf");
    }

    @Test
    void aFileIsRefusedByItsSizeAloneBeforeItIsRead() {
        EvidenceUpload.checkSize(EvidenceUpload.MAX_BYTES);
        assertThatThrownBy(() -> EvidenceUpload.checkSize(EvidenceUpload.MAX_BYTES + 1L))
                .isInstanceOfSatisfying(
                        EvidenceUpload.RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(EvidenceUpload.Refusal.TOO_LARGE));
        assertThatThrownBy(() -> EvidenceUpload.checkSize(0))
                .isInstanceOfSatisfying(
                        EvidenceUpload.RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(EvidenceUpload.Refusal.EMPTY));
    }
}
