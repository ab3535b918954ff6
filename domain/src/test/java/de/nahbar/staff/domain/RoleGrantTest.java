package de.nahbar.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RoleGrantTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final long TEAM = 7L;
    private static final long OTHER_TEAM = 8L;

    @Test
    void neitherTheOneWhoAskedNorTheOneWhoGetsItDecides() {
        RoleGrant grant = new RoleGrant(member("n.neu", TEAM), Role.ADMIN, "d.krueger", NOW);

        assertThat(grant.whyNotDecidedBy("d.krueger", Set.of(Role.ADMIN), null))
                .contains(RoleGrant.Refusal.OWN_REQUEST);
        assertThat(grant.whyNotDecidedBy("n.neu", Set.of(Role.ADMIN), null)).contains(RoleGrant.Refusal.OWN_GRANT);
        assertThat(grant.whyNotDecidedBy("x.admin", Set.of(Role.ADMIN), null)).isEmpty();
    }

    @Test
    void theTeamLeadConfirmsCaseworkAndCoordinationOfHerOwnTeamOnly() {
        for (Role role : RoleGrant.CONFIRMED_BY_TEAM_LEAD) {
            RoleGrant grant = new RoleGrant(member("n.neu", TEAM), role, "d.krueger", NOW);
            assertThat(grant.whyNotDecidedBy("c.meyer", Set.of(Role.TEAM_LEAD), TEAM))
                    .isEmpty();
            assertThat(grant.whyNotDecidedBy("h.becker", Set.of(Role.TEAM_LEAD), OTHER_TEAM))
                    .contains(RoleGrant.Refusal.NOT_ENTITLED);
            assertThat(grant.whyNotDecidedBy("a.schulz", Set.of(Role.CASEWORKER), TEAM))
                    .contains(RoleGrant.Refusal.NOT_ENTITLED);
        }
        for (Role role : Set.of(Role.TEAM_LEAD, Role.ADMIN, Role.AUDITOR)) {
            RoleGrant grant = new RoleGrant(member("n.neu", TEAM), role, "d.krueger", NOW);
            assertThat(grant.whyNotDecidedBy("c.meyer", Set.of(Role.TEAM_LEAD), TEAM))
                    .contains(RoleGrant.Refusal.NOT_ENTITLED);
        }
        RoleGrant noTeam = new RoleGrant(member("n.neu", null), Role.CASEWORKER, "d.krueger", NOW);
        assertThat(noTeam.whyNotDecidedBy("c.meyer", Set.of(Role.TEAM_LEAD), TEAM))
                .contains(RoleGrant.Refusal.NOT_ENTITLED);
    }

    @Test
    void aConfirmationGivesTheRoleOnceAndARefusalNothing() {
        StaffMember member = member("n.neu", TEAM);
        RoleGrant grant = new RoleGrant(member, Role.CASEWORKER, "d.krueger", NOW);
        grant.confirm("c.meyer", Set.of(Role.TEAM_LEAD), TEAM, NOW);

        assertThat(member.getRoles()).containsExactly(Role.CASEWORKER);
        assertThat(grant.getDecidedBy()).isEqualTo("c.meyer");
        assertThat(grant.whyNotDecidedBy("x.admin", Set.of(Role.ADMIN), null)).contains(RoleGrant.Refusal.DECIDED);
        assertThatThrownBy(() -> grant.refuse("x.admin", Set.of(Role.ADMIN), null, NOW))
                .isInstanceOf(RoleGrant.GrantRefusedException.class);

        StaffMember other = member("o.neu", TEAM);
        RoleGrant refused = new RoleGrant(other, Role.AUDITOR, "d.krueger", NOW);
        assertThatThrownBy(() -> refused.confirm("d.krueger", Set.of(Role.ADMIN), null, NOW))
                .isInstanceOf(RoleGrant.GrantRefusedException.class);
        refused.refuse("x.admin", Set.of(Role.ADMIN), null, NOW);
        assertThat(other.getRoles()).isEmpty();
    }

    @Test
    void takingAccessAwayEndsTheSessionsAndALeaverKeepsNoRoles() {
        StaffMember member = member("n.neu", TEAM);
        member.grant(Role.CASEWORKER);
        member.grant(Role.MEASURE_COORDINATOR);
        long revision = member.getAccessRevision();

        assertThat(member.revoke(Role.AUDITOR)).isFalse();
        assertThat(member.getAccessRevision()).isEqualTo(revision);
        assertThat(member.revoke(Role.CASEWORKER)).isTrue();
        assertThat(member.getAccessRevision()).isEqualTo(revision + 1);
        member.deactivate();
        assertThat(member.getRoles()).isEmpty();
        assertThat(member.isActive()).isFalse();
        assertThatThrownBy(() -> new RoleGrant(member, Role.CASEWORKER, "d.krueger", NOW))
                .isInstanceOf(IllegalStateException.class);
        member.reactivate();
        assertThat(member.getRoles()).isEmpty();
    }

    @Test
    void aStartPasswordMustBeReplaced() {
        StaffMember member = member("n.neu", TEAM);
        assertThat(member.hasPassword()).isFalse();
        member.startPassword("$2a$10$start");
        assertThat(member.isPasswordMustChange()).isTrue();
        member.changePassword("$2a$10$own");
        assertThat(member.isPasswordMustChange()).isFalse();
        assertThat(Optional.ofNullable(member.getPasswordHash())).contains("$2a$10$own");
    }

    private static StaffMember member(String username, Long teamId) {
        StaffMember member = new StaffMember(username, "Nina", "Neu");
        if (teamId != null) {
            Team team = new Team("Team " + teamId, TeamKind.OTHER, null);
            set(team, "id", teamId);
            member.joinTeam(team);
        }
        return member;
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
