package de.nahbar.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DirectoryAccountTest {

    private static final Team U25 = new Team("Team U25", TeamKind.U25, null);
    private static final Team MARKET = new Team("Team Markt", TeamKind.MARKET_INTEGRATION, null);

    private static DirectoryAccount mara(Set<Role> roles) {
        return new DirectoryAccount("m.vogt", "Mara", "Vogt", "mara.vogt@jobcenter.test", "Team U25", roles, false);
    }

    @Test
    void theFirstLoginMakesADirectoryRecordWithoutAPassword() {
        StaffMember member = StaffMember.fromDirectory(mara(EnumSet.of(Role.CASEWORKER)), U25);

        assertThat(member.isDirectory()).isTrue();
        assertThat(member.hasPassword()).isFalse();
        assertThat(member.getDisplayName()).contains("Mara").contains("Vogt");
        assertThat(member.getEmail()).isEqualTo("mara.vogt@jobcenter.test");
        assertThat(member.getTeam()).isSameAs(U25);
        assertThat(member.getRoles()).containsExactly(Role.CASEWORKER);
    }

    @Test
    void aRoleTheDirectoryNoLongerGivesEndsTheOtherSessionsAnAddedOneDoesNot() {
        StaffMember member = StaffMember.fromDirectory(mara(EnumSet.of(Role.CASEWORKER)), U25);
        long before = member.getAccessRevision();

        member.takeFromDirectory(mara(EnumSet.of(Role.CASEWORKER, Role.TEAM_LEAD)), null);
        assertThat(member.getRoles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.TEAM_LEAD);
        assertThat(member.getAccessRevision()).isEqualTo(before);
        assertThat(member.getTeam()).as("no team named: it stays").isSameAs(U25);

        member.takeFromDirectory(mara(EnumSet.of(Role.TEAM_LEAD)), MARKET);
        assertThat(member.getRoles()).containsExactly(Role.TEAM_LEAD);
        assertThat(member.getAccessRevision()).isGreaterThan(before);
        assertThat(member.getTeam()).isSameAs(MARKET);
    }

    @Test
    void aLocalLoginIsNeverOverwrittenByTheDirectory() {
        StaffMember local = new StaffMember("a.schulz", "Anna", "Schulz", "$2a$10$hash");

        assertThatThrownBy(() -> local.takeFromDirectory(mara(EnumSet.of(Role.ADMIN)), null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(local.getRoles()).isEmpty();
    }

    @Test
    void aSparseEntryStillNamesThePerson() {
        DirectoryAccount sparse = new DirectoryAccount("k.kurz", null, " ", "", null, Set.of(), false);

        assertThat(sparse.firstName()).isEqualTo("k.kurz");
        assertThat(sparse.lastName()).isEqualTo("k.kurz");
        assertThat(sparse.email()).isNull();
        assertThat(sparse.teamName()).isNull();
    }

    @Test
    void activeDirectorysDisabledFlagIsRead() {
        assertThat(DirectoryAccount.disabledBy("512")).as("normal account").isFalse();
        assertThat(DirectoryAccount.disabledBy("514"))
                .as("normal account, disabled")
                .isTrue();
        assertThat(DirectoryAccount.disabledBy("66050"))
                .as("password never expires, disabled")
                .isTrue();
        assertThat(DirectoryAccount.disabledBy(null))
                .as("no such attribute (OpenLDAP)")
                .isFalse();
        assertThat(DirectoryAccount.disabledBy("kaputt"))
                .as("unreadable: closed")
                .isTrue();
    }
}
