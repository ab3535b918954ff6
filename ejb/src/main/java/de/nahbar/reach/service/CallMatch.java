package de.nahbar.reach.service;

import java.io.Serializable;

/** A customer a caller could be: enough to tell them apart and open the call card, nothing more. */
public record CallMatch(long id, String name, String customerNumber, String phone, boolean deputised)
        implements Serializable {}
