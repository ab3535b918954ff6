package de.nahbar.caseload.domain;

import java.time.LocalDate;

import de.nahbar.staff.domain.StaffMember;

/** Small builders for the case entities in unit tests. */
final class CaseTestData {

    private CaseTestData() {}

    static StaffMember caseworker(String username) {
        return new StaffMember(username, "Anna", "Schulz", "$2a$10$hash");
    }

    static Customer customer() {
        return new Customer("123D456789", "Mehmet", "Öztürk", LocalDate.of(1990, 5, 17), caseworker("a.schulz"));
    }
}
