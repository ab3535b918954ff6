package de.nahbar.staff.service;

import java.io.Serializable;

import de.nahbar.staff.domain.Location;

/** A location of the Jobcenter as the organisation page lists and edits it. */
public record LocationRow(long id, String name, String street, String postalCode, String city, long version)
        implements Serializable {

    static LocationRow of(Location location) {
        return new LocationRow(
                location.getId(),
                location.getName(),
                location.getStreet(),
                location.getPostalCode(),
                location.getCity(),
                location.getVersion());
    }
}
