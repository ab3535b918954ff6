package de.nahbar.staff.service;

/** JPQL for showing who did something by name, where records keep only the username. */
public final class StaffNames {

    private StaffNames() {}

    /** The display name of the staff member whose username is in {@code column}; the username if unknown. */
    public static String of(String column) {
        return "coalesce((select concat(s.firstName, ' ', s.lastName) from StaffMember s where s.username = " + column
                + "), " + column + ")";
    }
}
