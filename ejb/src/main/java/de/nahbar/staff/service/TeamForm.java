package de.nahbar.staff.service;

import java.io.Serializable;

import de.nahbar.staff.domain.TeamKind;

/** What an administrator enters for a team; the location may stay open. */
public record TeamForm(String name, TeamKind kind, Long locationId) implements Serializable {}
