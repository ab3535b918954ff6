package de.nahbar.provider.service;

import java.io.Serializable;
import java.time.LocalDate;

import de.nahbar.provider.domain.DeficiencyCategory;
import de.nahbar.provider.domain.DeficiencyStatus;
import de.nahbar.provider.domain.EscalationStep;

/** An open deficiency in the team lead's provider overview. */
public record OpenDeficiencyRow(
        long deficiencyId,
        long providerId,
        String providerName,
        DeficiencyCategory category,
        DeficiencyStatus status,
        EscalationStep escalation,
        LocalDate deadline,
        boolean overdue,
        String owner)
        implements Serializable {}
