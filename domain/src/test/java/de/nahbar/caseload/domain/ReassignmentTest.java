package de.nahbar.caseload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;
import de.nahbar.staff.domain.TeamKind;

class ReassignmentTest {

    private static StaffMember caseworker(String username) {
        StaffMember member = CaseTestData.caseworker(username);
        member.grant(Role.CASEWORKER);
        return member;
    }

    @Test
    void aReassignmentMovesTheCustomerAndKeepsFromWhomToWhomAndWhy() {
        Customer customer = CaseTestData.customer();
        StaffMember before = customer.getCaseworker();
        StaffMember next = caseworker("l.koch");
        Instant at = Instant.parse("2026-11-24T09:00:00Z");

        Reassignment reassignment = customer.reassignTo(next, "Elternzeit von Frau Schulz", "c.meyer", at);

        assertThat(customer.getCaseworker()).isSameAs(next);
        assertThat(reassignment.getFrom()).isSameAs(before);
        assertThat(reassignment.getTo()).isSameAs(next);
        assertThat(reassignment.getReason()).isEqualTo("Elternzeit von Frau Schulz");
        assertThat(reassignment.getReassignedBy()).isEqualTo("c.meyer");
        assertThat(reassignment.getReassignedAt()).isEqualTo(at);
    }

    @Test
    void onlyAnotherActiveCaseworkerTakesOverAndAReasonIsNeeded() {
        Customer customer = CaseTestData.customer();
        Instant at = Instant.now();

        assertThatThrownBy(() -> customer.reassignTo(customer.getCaseworker(), "x", "c.meyer", at))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> customer.reassignTo(CaseTestData.caseworker("d.krueger"), "x", "c.meyer", at))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> customer.reassignTo(caseworker("l.koch"), " ", "c.meyer", at))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCustomerWaitsInATeamsQueueUntilTheTeamLeadAssignsThem() {
        Customer customer = CaseTestData.customer();
        StaffMember before = customer.getCaseworker();
        Team team = new Team("Team Markt", TeamKind.MARKET_INTEGRATION, null);
        before.joinTeam(team);
        Instant at = Instant.parse("2026-11-24T09:00:00Z");

        Reassignment queued =
                customer.queueIn(team, Reassignment.Kind.QUEUED, "Abgang von Frau Schulz", null, "d.krueger", at);

        assertThat(customer.isQueued()).isTrue();
        assertThat(customer.getCaseworker()).isNull();
        assertThat(customer.responsibleTeam()).isSameAs(team);
        assertThat(customer.getQueuedAt()).isEqualTo(at);
        assertThat(queued.getFrom()).isSameAs(before);
        assertThat(queued.getFromTeam()).isSameAs(team);
        assertThat(queued.getTo()).isNull();
        assertThat(queued.getToTeam()).isSameAs(team);
        assertThatThrownBy(() -> customer.queueIn(team, Reassignment.Kind.QUEUED, "x", null, "d.krueger", at))
                .isInstanceOf(IllegalArgumentException.class);

        StaffMember next = caseworker("l.koch");
        next.joinTeam(team);
        Reassignment assigned =
                customer.handTo(next, Reassignment.Kind.FROM_QUEUE, "aus der Warteschlange", null, "c.meyer", at);

        assertThat(customer.isQueued()).isFalse();
        assertThat(customer.getQueuedAt()).isNull();
        assertThat(customer.getCaseworker()).isSameAs(next);
        assertThat(assigned.getFrom()).isNull();
        assertThat(assigned.getFromTeam()).isSameAs(team);
        assertThat(assigned.getKind()).isEqualTo(Reassignment.Kind.FROM_QUEUE);
    }

    @Test
    void theLegalKeyWeighsCustomersUnder25Double() {
        assertThat(CaseloadKey.loadPercent(75, 0)).isEqualTo(100);
        assertThat(CaseloadKey.loadPercent(0, 150)).isEqualTo(100);
        assertThat(CaseloadKey.loadPercent(30, 390)).isEqualTo(300);
        assertThat(CaseloadKey.loadPercent(1, 0)).isEqualTo(1);
        assertThat(CaseloadKey.loadPercent(0, 0)).isZero();
    }
}
