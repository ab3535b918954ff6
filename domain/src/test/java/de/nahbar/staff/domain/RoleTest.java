package de.nahbar.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void personWithSeveralRolesStartsWhereTheMostSpecificWorkIs() {
        assertThat(Role.primary(EnumSet.of(Role.CASEWORKER, Role.TEAM_LEAD))).contains(Role.TEAM_LEAD);
        assertThat(Role.primary(EnumSet.of(Role.CASEWORKER, Role.MEASURE_COORDINATOR)))
                .contains(Role.MEASURE_COORDINATOR);
        assertThat(Role.primary(EnumSet.of(Role.AUDITOR))).contains(Role.AUDITOR);
    }

    @Test
    void personWithoutRoleHasNoStartPage() {
        assertThat(Role.primary(List.of())).isEmpty();
    }

    @Test
    void aMachineLoginHasNoStartPage() {
        assertThat(Role.primary(List.of(Role.INTEGRATION))).isEmpty();
    }

    @Test
    void everyRoleHasItsNameConstantForAnnotations() throws IllegalAccessException {
        for (Role role : Role.values()) {
            Field constant;
            try {
                constant = Role.Names.class.getField(role.name());
            } catch (NoSuchFieldException e) {
                throw new AssertionError("Role.Names lacks " + role, e);
            }
            assertThat(constant.get(null)).isEqualTo(role.name());
        }
        assertThat(Role.Names.class.getFields()).hasSize(Role.values().length);
    }
}
