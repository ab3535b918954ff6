package de.nahbar.provider.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A file offered as evidence, checked before anything is stored: PDF, PNG or JPEG only, told by
 * the file's first bytes (not by the name or the browser's claim), at most {@link #MAX_BYTES},
 * and a name reduced to safe characters with the extension of the type found.
 */
public record EvidenceUpload(String fileName, Type type, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int NAME_MAX = 120;

    /** The allowed types with their signature (magic number) and extension. */
    public enum Type {
        PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
        JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

        private final String contentType;
        private final String extension;
        private final byte[] signature;

        Type(String contentType, String extension, byte[] signature) {
            this.contentType = contentType;
            this.extension = extension;
            this.signature = signature;
        }

        public String contentType() {
            return contentType;
        }

        static Type of(byte[] content) {
            for (Type type : values()) {
                if (content.length >= type.signature.length
                        && Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length)) {
                    return type;
                }
            }
            return null;
        }
    }

    /** Why an upload is refused. */
    public enum Refusal {
        EMPTY,
        TOO_LARGE,
        TYPE,
        /** the first bytes say PDF or image, but the file does not open as one */
        UNREADABLE
    }

    /** Thrown for a refused upload; nothing is stored. */
    public static class RefusedException extends IllegalArgumentException {

        private final Refusal refusal;

        public RefusedException(Refusal refusal) {
            super("evidence file refused: " + refusal);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    public EvidenceUpload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(type, "type");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    /** Checks an uploaded file; refuses an empty, oversized or foreign one. */
    public static EvidenceUpload of(String originalName, byte[] content) {
        checkSize(content == null ? 0 : content.length);
        Type type = Type.of(content);
        if (type == null) {
            throw new RefusedException(Refusal.TYPE);
        }
        return new EvidenceUpload(safeName(originalName, type), type, content);
    }

    /** Refuses an empty or oversized file by its size alone, before its content is read. */
    public static void checkSize(long size) {
        if (size <= 0) {
            throw new RefusedException(Refusal.EMPTY);
        }
        if (size > MAX_BYTES) {
            throw new RefusedException(Refusal.TOO_LARGE);
        }
    }

    /** The name without path, umlauts spelt out, only letters, digits, dot, dash and underscore, with the type's extension. */
    static String safeName(String originalName, Type type) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        base = base.replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue")
                .replace("ß", "ss");
        base = Normalizer.normalize(base, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]+", "_")
                .replaceAll("^[._]+", "");
        if (base.isEmpty()) {
            base = "nachweis";
        }
        int max = NAME_MAX - type.extension.length() - 1;
        return (base.length() > max ? base.substring(0, max) : base) + "." + type.extension.toLowerCase(Locale.ROOT);
    }
}
