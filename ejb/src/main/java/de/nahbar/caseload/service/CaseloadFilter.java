package de.nahbar.caseload.service;

import java.io.Serializable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import de.nahbar.caseload.domain.AvailabilityReasonKind;
import de.nahbar.caseload.domain.IntegrationProfile;
import de.nahbar.caseload.domain.MandateStatus;
import de.nahbar.caseload.domain.SupportMode;

/**
 * What the caseworker narrows the caseload list to; null or false means "any".
 *
 * @param search           words of the name in any order, the customer number or its start, or a phone number ({@link CustomerSearch})
 * @param noContactForDays customers without contact for more than this many days (or never)
 * @param dueWithinDays    customers whose next follow-up is due within this many days (or overdue)
 */
public record CaseloadFilter(
        @Size(max = 100) String search,
        SupportMode supportMode,
        MandateStatus mandateStatus,
        AvailabilityReasonKind reason,
        IntegrationProfile profile,
        @Min(0) @Max(3650) Integer noContactForDays,
        @Min(0) @Max(3650) Integer dueWithinDays,
        boolean under25)
        implements Serializable {

    public static CaseloadFilter none() {
        return new CaseloadFilter(null, null, null, null, null, null, null, false);
    }

    public CaseloadFilter withSupportMode(SupportMode mode) {
        return new CaseloadFilter(
                search, mode, mandateStatus, reason, profile, noContactForDays, dueWithinDays, under25);
    }
}
