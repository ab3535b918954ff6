package de.nahbar.provider.service;

import java.io.Serializable;

/** An evidence file as stored: checked name, type and bytes. */
public record EvidenceDownload(String fileName, String contentType, byte[] content) implements Serializable {

    public EvidenceDownload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
