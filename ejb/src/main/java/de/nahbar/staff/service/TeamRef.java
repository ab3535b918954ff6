package de.nahbar.staff.service;

import java.io.Serializable;

/** A team to choose from. */
public record TeamRef(long id, String name) implements Serializable {}
