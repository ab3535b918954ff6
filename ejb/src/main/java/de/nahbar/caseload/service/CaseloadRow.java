package de.nahbar.caseload.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.nahbar.caseload.domain.AvailabilityReasonKind;
import de.nahbar.caseload.domain.IntegrationProfile;
import de.nahbar.caseload.domain.MandateStatus;
import de.nahbar.caseload.domain.SupportMode;

/** One customer in the caseload list; {@code deputised} marks a colleague's customer. */
public record CaseloadRow(
        long id,
        String customerNumber,
        String lastName,
        String firstName,
        int age,
        SupportMode supportMode,
        MandateStatus mandateStatus,
        IntegrationProfile profile,
        Instant lastContactAt,
        LocalDate nextDueOn,
        String phone,
        List<AvailabilityReasonKind> reasons,
        String caseworkerName,
        boolean deputised)
        implements Serializable {

    public CaseloadRow {
        reasons = List.copyOf(reasons);
    }

    public String displayName() {
        return lastName + ", " + firstName;
    }
}
