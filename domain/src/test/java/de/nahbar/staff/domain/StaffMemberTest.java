package de.nahbar.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StaffMemberTest {

    @Test
    void displayNameIsFirstThenLastName() {
        StaffMember member = new StaffMember("a.schulz", " Anna ", "Schulz", "$2a$10$hash");
        assertThat(member.getDisplayName()).isEqualTo("Anna Schulz");
    }

    @Test
    void usernameMustBeALowerCaseLoginName() {
        assertThatThrownBy(() -> new StaffMember("Anna Schulz", "Anna", "Schulz", "h"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StaffMember("1anna", "Anna", "Schulz", "h"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new StaffMember("anna.schulz-2", "Anna", "Schulz", "h").getUsername())
                .isEqualTo("anna.schulz-2");
    }

    @Test
    void rolesAreGrantedAndReadAsACopy() {
        StaffMember member = new StaffMember("b.yilmaz", "Berkan", "Yilmaz", "h");
        member.grant(Role.CASEWORKER);
        member.grant(Role.MEASURE_COORDINATOR);

        member.getRoles().clear();

        assertThat(member.getRoles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.MEASURE_COORDINATOR);
        assertThat(member.hasRole(Role.TEAM_LEAD)).isFalse();
    }

    @Test
    void blankEmailIsStoredAsNone() {
        StaffMember member = new StaffMember("c.meyer", "Clara", "Meyer", "h");
        member.changeEmail("  ");
        assertThat(member.getEmail()).isNull();
    }
}
