package de.nahbar.measure.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import de.nahbar.measure.domain.ReportHandling;
import de.nahbar.measure.domain.ReportKind;

/** A provider report as lists show it; {@code correctsId} names the report it corrects, if any. */
public record ReportRow(
        long id,
        long placementId,
        String customerName,
        LocalDate reportedOn,
        ReportKind kind,
        ReportHandling handling,
        String text,
        String assessment,
        Long correctsId,
        String recordedBy,
        Instant recordedAt)
        implements Serializable {}
