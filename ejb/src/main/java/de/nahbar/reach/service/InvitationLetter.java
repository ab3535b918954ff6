package de.nahbar.reach.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import de.nahbar.reach.domain.AppointmentMode;

/**
 * Everything an invitation letter says, decided by the service: the direct dial and e-mail
 * address appear only when the caseworker opted in, and absences name the deputy.
 */
public record InvitationLetter(
        String customerName,
        String street,
        String postalCodeAndCity,
        String customerNumber,
        String caseworker,
        String directDial,
        String email,
        String phoneHours,
        List<MySettings.Absence> absences,
        LocalDateTime startsAt,
        AppointmentMode mode,
        String place,
        String purpose,
        String bring,
        LocalDate writtenOn)
        implements Serializable {

    public InvitationLetter {
        absences = List.copyOf(absences);
    }
}
