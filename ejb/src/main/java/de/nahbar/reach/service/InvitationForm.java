package de.nahbar.reach.service;

import java.io.Serializable;
import java.time.LocalDateTime;

import de.nahbar.reach.domain.AppointmentMode;

/** What the caseworker fills in for an invitation. */
public record InvitationForm(LocalDateTime startsAt, AppointmentMode mode, String place, String purpose, String bring)
        implements Serializable {}
