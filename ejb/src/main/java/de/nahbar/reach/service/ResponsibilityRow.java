package de.nahbar.reach.service;

import java.io.Serializable;

/** One topic of the responsibility directory as lists and forms show it. */
public record ResponsibilityRow(
        long id, long version, String topic, String unit, String phone, String email, String hours, String note)
        implements Serializable {}
