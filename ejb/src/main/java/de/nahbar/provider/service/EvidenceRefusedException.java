package de.nahbar.provider.service;

import de.nahbar.provider.domain.EvidenceUpload;
import de.nahbar.shared.service.NahbarException;

/** An evidence file was refused (type, size, empty); nothing of the entry was stored. */
public class EvidenceRefusedException extends NahbarException {

    private final EvidenceUpload.Refusal refusal;

    public EvidenceRefusedException(EvidenceUpload.Refusal refusal) {
        super("evidence file refused: " + refusal);
        this.refusal = refusal;
    }

    @Override
    public String messageKey() {
        return "deficiency.error.file." + refusal.name();
    }
}
