package de.nahbar.caseload.service;

import java.io.Serializable;

/** A colleague who can be chosen as deputy. */
public record ColleagueOption(String username, String displayName) implements Serializable {}
