package de.nahbar.measure.service;

import java.io.Serializable;

/** A team or a caseworker a fill request can go to. */
public record Addressee(long id, String name) implements Serializable {}
