package de.nahbar.reach.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import de.nahbar.reach.domain.AppointmentMode;
import de.nahbar.reach.domain.AppointmentOutcome;

/**
 * A customer's appointments from invitations, newest first, with their letters; and, for the
 * record only, how many in a row were missed and whether a personal hearing was offered.
 */
public record Appointments(
        String customerName,
        boolean hasAddress,
        String street,
        String postalCode,
        String city,
        long customerVersion,
        List<Row> rows,
        int consecutiveMissed,
        boolean hearingOffered,
        String publishedDial,
        String publishedEmail)
        implements Serializable {

    public Appointments {
        rows = List.copyOf(rows);
    }

    public record Row(
            long id,
            long version,
            LocalDateTime startsAt,
            AppointmentMode mode,
            String place,
            String purpose,
            AppointmentOutcome outcome,
            String outcomeNote,
            boolean hearingOffered,
            Long letterId,
            Instant letterWrittenAt)
            implements Serializable {

        public boolean open() {
            return outcome == null;
        }
    }
}
