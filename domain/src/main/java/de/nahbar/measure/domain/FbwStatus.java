package de.nahbar.measure.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral to further vocational training stands. Since 2025 the Arbeitsagentur advises,
 * approves and pays it; the Jobcenter refers and stays in touch.
 */
public enum FbwStatus {
    REFERRED,
    ADVISED,
    VOUCHER_ISSUED,
    STARTED,
    ENDED,
    NOT_APPROVED;

    public Set<FbwStatus> next() {
        return switch (this) {
            case REFERRED -> EnumSet.of(ADVISED, VOUCHER_ISSUED, NOT_APPROVED);
            case ADVISED -> EnumSet.of(VOUCHER_ISSUED, NOT_APPROVED);
            case VOUCHER_ISSUED -> EnumSet.of(STARTED, NOT_APPROVED);
            case STARTED -> EnumSet.of(ENDED);
            case ENDED, NOT_APPROVED -> EnumSet.noneOf(FbwStatus.class);
        };
    }
}
