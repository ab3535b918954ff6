package de.nahbar.it.staff;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.support.Deployments;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.RuleViolationException;
import de.nahbar.staff.domain.Jobcenter;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.TeamKind;
import de.nahbar.staff.service.JobcenterEdit;
import de.nahbar.staff.service.LocationForm;
import de.nahbar.staff.service.OrganisationService;
import de.nahbar.staff.service.TeamForm;
import de.nahbar.staff.service.TeamRow;

/**
 * Administrators keep the organisation: the Jobcenter's details that letters print, locations,
 * teams with kind, location and leads. Mistakes are refused at their field, concurrent edits are
 * told, and nobody else changes any of it.
 */
class OrganisationIT extends ContainerTestCase {

    /** The same details as the configuration's default letterhead, so no other test's letter changes. */
    private static final Jobcenter.Details MUSTERSTADT = new Jobcenter.Details(
            "Jobcenter Musterstadt",
            "12345-T",
            "Am Markt 1",
            "12345",
            "Musterstadt",
            "0345 1234-0",
            "jobcenter-musterstadt@jobcenter-ge.example",
            "www.jobcenter-musterstadt.example");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(OrganisationIT.class);
    }

    @EJB
    private OrganisationService organisation;

    private String admin;

    @BeforeEach
    void anAdministrator() {
        admin = staff.newMember(null, Role.ADMIN);
    }

    @Test
    void anAdministratorAddsALocationAndATeamThatListsItsKindLocationLeadAndSize() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long location = as(
                admin,
                PW,
                () -> organisation.createLocation(
                        new LocationForm("Geschäftsstelle Süd " + suffix, "Südring 4", "12347", "Musterstadt")));
        String teamName = "Team U25 Süd " + suffix;
        long team = as(admin, PW, () -> organisation.createTeam(new TeamForm(teamName, TeamKind.U25, location)));
        String lead = staff.newMember(teamName, Role.TEAM_LEAD);
        staff.newMember(teamName, Role.CASEWORKER);

        TeamRow row = as(admin, PW, () -> organisation.teams()).stream()
                .filter(t -> t.id() == team)
                .findFirst()
                .orElseThrow();
        assertThat(row.kind()).isEqualTo(TeamKind.U25);
        assertThat(row.locationName()).isEqualTo("Geschäftsstelle Süd " + suffix);
        assertThat(row.leads()).hasSize(1).allSatisfy(name -> assertThat(name).isNotBlank());
        assertThat(row.activeMembers()).isEqualTo(2);
        assertThat(lead).isNotBlank();

        as(
                admin,
                PW,
                () -> organisation.changeTeam(
                        team, row.version(), new TeamForm(teamName, TeamKind.MARKET_INTEGRATION, null)));
        TeamRow changed = as(admin, PW, () -> organisation.teams()).stream()
                .filter(t -> t.id() == team)
                .findFirst()
                .orElseThrow();
        assertThat(changed.kind()).isEqualTo(TeamKind.MARKET_INTEGRATION);
        assertThat(changed.locationName()).isNull();
        assertThatThrownBy(() -> as(
                        admin,
                        PW,
                        () -> organisation.changeTeam(team, row.version(), new TeamForm(teamName, TeamKind.U25, null))))
                .as("the form loaded before the change")
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void aTakenTeamNameAMissingKindAndABadPostalCodeAreRefusedAtTheirField() throws Exception {
        String taken = staff.newTeam("Team Nord");
        assertThatThrownBy(() ->
                        as(admin, PW, () -> organisation.createTeam(new TeamForm(taken, TeamKind.OTHER, null))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("organisation.teamNameTaken");
                });
        assertThatThrownBy(
                        () -> as(admin, PW, () -> organisation.createTeam(new TeamForm("Team ohne Art", null, null))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> as(
                        admin,
                        PW,
                        () -> organisation.createLocation(
                                new LocationForm("Außenstelle", null, "1234", "Musterstadt"))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("postalCode");
                    assertThat(e.messageKey()).isEqualTo("organisation.postalCode");
                });
        assertThat(as(admin, PW, () -> organisation.teams()).stream().map(TeamRow::name))
                .doesNotContain("Team ohne Art");
    }

    @Test
    void theJobcenterDetailsAreSavedOnceReadByEveryLetterWriterAndChangedOnlyOnTheCurrentVersion() throws Exception {
        Long before = as(admin, PW, () -> organisation.jobcenterToEdit())
                .map(JobcenterEdit::version)
                .orElse(null);
        as(admin, PW, () -> organisation.saveJobcenter(MUSTERSTADT, before));
        JobcenterEdit edit = as(admin, PW, () -> organisation.jobcenterToEdit()).orElseThrow();
        assertThat(edit.details()).isEqualTo(MUSTERSTADT);
        long saved = edit.version();

        String caseworker = staff.newMember(staff.newTeam("Team Ost"), Role.CASEWORKER);
        assertThat(as(caseworker, PW, () -> organisation.jobcenter())).contains(MUSTERSTADT);

        assertThatThrownBy(() -> as(admin, PW, () -> organisation.saveJobcenter(MUSTERSTADT, before)))
                .as("a form that was loaded before the last save")
                .isInstanceOf(ConcurrentChangeException.class);
        Jobcenter.Details noMail = new Jobcenter.Details(
                "Jobcenter Musterstadt", null, "Am Markt 1", "12345", "Musterstadt", "0345 1234-0", "kein-mail", null);
        assertThatThrownBy(() -> as(admin, PW, () -> organisation.saveJobcenter(noMail, saved)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(as(caseworker, PW, () -> organisation.jobcenter())).contains(MUSTERSTADT);
    }

    @Test
    void nobodyButAnAdministratorChangesTheOrganisation() {
        String team = staff.newTeam("Team West");
        for (String forbidden : List.of(
                staff.newMember(team, Role.CASEWORKER),
                staff.newMember(team, Role.TEAM_LEAD),
                staff.newMember(null, Role.AUDITOR),
                staff.newMember(team, Role.MEASURE_COORDINATOR))) {
            assertThatThrownBy(() -> as(
                            forbidden, PW, () -> organisation.createTeam(new TeamForm("Team X", TeamKind.OTHER, null))))
                    .as(forbidden + " creates no team")
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> as(forbidden, PW, () -> organisation.saveJobcenter(MUSTERSTADT, null)))
                    .as(forbidden + " changes no letterhead")
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> as(forbidden, PW, () -> organisation.teams()))
                    .isInstanceOf(EJBAccessException.class);
        }
    }
}
