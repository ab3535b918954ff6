package de.nahbar.provider.domain;

import java.util.Objects;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an evidence entry's file, kept apart so that listing entries never loads them. Written once. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    @Column(name = "entry_id")
    private Long entryId;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected EvidenceFile() {
        // for JPA
    }

    public EvidenceFile(DeficiencyEntry entry, EvidenceUpload upload) {
        this.entryId = Objects.requireNonNull(entry.getId(), "entry id: persist the entry first");
        if (!upload.fileName().equals(entry.getFileName())) {
            throw new IllegalArgumentException("the file belongs to another entry");
        }
        this.content = upload.content();
    }

    public Long getEntryId() {
        return entryId;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
