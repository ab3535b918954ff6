package de.nahbar.staff.service;

import java.io.Serializable;

import de.nahbar.staff.domain.Jobcenter;

/** The Jobcenter's details as the administrator's form loads them, with the version to save against. */
public record JobcenterEdit(Jobcenter.Details details, long version) implements Serializable {}
