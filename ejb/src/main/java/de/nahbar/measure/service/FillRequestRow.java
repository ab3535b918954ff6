package de.nahbar.measure.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A fill request the coordinator sent, with how many colleagues proposed someone or said nobody fits. */
public record FillRequestRow(
        long id,
        String measureTitle,
        LocalDate entryOn,
        String addressee,
        String message,
        Instant createdAt,
        boolean open,
        long proposed,
        long nobodySuitable)
        implements Serializable {}
