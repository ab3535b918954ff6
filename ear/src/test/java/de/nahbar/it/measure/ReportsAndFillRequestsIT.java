package de.nahbar.it.measure;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.caseload.service.CaseAccessDeniedException;
import de.nahbar.caseload.service.MyDayService;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.fixtures.TestMeasures;
import de.nahbar.it.support.Deployments;
import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.measure.domain.ReportHandling;
import de.nahbar.measure.domain.ReportKind;
import de.nahbar.measure.domain.TargetGroup;
import de.nahbar.measure.service.Addressee;
import de.nahbar.measure.service.CaseMeasures;
import de.nahbar.measure.service.CoordinationService;
import de.nahbar.measure.service.FillRequestRow;
import de.nahbar.measure.service.FillRequestService;
import de.nahbar.measure.service.MeasureAccessDeniedException;
import de.nahbar.measure.service.MeasureCatalogQueries;
import de.nahbar.measure.service.OpenFillRequest;
import de.nahbar.measure.service.ParticipationContactTimer;
import de.nahbar.measure.service.PlacementRefusedException;
import de.nahbar.measure.service.PlacementService;
import de.nahbar.measure.service.ProviderReportService;
import de.nahbar.measure.service.ReportRow;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.RuleViolationException;
import de.nahbar.staff.domain.Role;

/**
 * Provider reports (append-only, a dropout risk alerts the caseworker at once), feedback after a
 * participation, the 6-week contact rule during a participation, and fill requests that reach
 * colleagues' Mein Tag and reveal nobody who was not proposed.
 */
class ReportsAndFillRequestsIT extends ContainerTestCase {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ReportsAndFillRequestsIT.class);
    }

    @EJB
    private TestCases cases;

    @EJB
    private TestMeasures measures;

    @EJB
    private PlacementService placements;

    @EJB
    private CoordinationService coordination;

    @EJB
    private ProviderReportService providerReports;

    @EJB
    private FillRequestService fillRequests;

    @EJB
    private MeasureCatalogQueries catalog;

    @EJB
    private MyDayService myDay;

    @EJB
    private ParticipationContactTimer contactRule;

    private String team;
    private String caseworker;
    private String teamColleague;
    private String outsider;
    private String coordinator;
    private long customer;
    private long measure;
    private long entry;

    @BeforeEach
    void createMeasureAndCase() {
        team = staff.newTeam("Team Berichte");
        caseworker = staff.newMember(team, Role.CASEWORKER);
        teamColleague = staff.newMember(team, Role.CASEWORKER);
        outsider = staff.newMember(staff.newTeam("Team Anderswo"), Role.CASEWORKER);
        coordinator = staff.newMember(team, Role.MEASURE_COORDINATOR);
        customer = cases.newCustomer(caseworker, "Berichtet", LocalDate.of(1992, 2, 2));
        measure = measures.newMeasure(coordinator, null, LegalBasis.SGB3_45, TargetGroup.ALL, EntryMode.FIXED_DATES);
        entry = measures.newEntryDate(measure, JobcenterTime.today(), 3);
    }

    private long participating() throws Exception {
        long placement = as(caseworker, PW, () -> placements.reserve(measures.consent(customer, measure), entry));
        as(coordinator, PW, () -> coordination.confirm(placement, measures.version(placement)));
        as(coordinator, PW, () -> coordination.recordTakeUp(placement, measures.version(placement), true));
        return placement;
    }

    @Test
    void aDropoutRiskReportAlertsTheCaseworkerAtOnceAndMarksTheParticipation() throws Exception {
        long placement = participating();

        as(
                coordinator,
                PW,
                () -> providerReports.recordReport(
                        placement,
                        ReportKind.DROPOUT_RISK,
                        ReportHandling.NEEDS_DECISION,
                        JobcenterTime.today(),
                        "Seit fünf Tagen nicht erschienen",
                        null,
                        null));

        assertEquals(PlacementStatus.DROPOUT_RISK, measures.status(placement));
        assertThat(as(caseworker, PW, () -> myDay.today()).notices()).first().satisfies(n -> {
            assertThat(n.kind().name()).isEqualTo("DROPOUT_RISK");
            assertThat(n.text()).contains("Seit fünf Tagen nicht erschienen");
        });
        CaseMeasures.PlacementEntry seen = as(caseworker, PW, () -> placements.ofCase(customer))
                .placements()
                .get(0);
        assertThat(seen.reports())
                .singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(ReportKind.DROPOUT_RISK));
    }

    @Test
    void reportsAreAppendOnlyAndACorrectionKeepsTheOriginal() throws Exception {
        long placement = participating();
        long first = as(
                coordinator,
                PW,
                () -> providerReports.recordReport(
                        placement,
                        ReportKind.ATTENDANCE,
                        ReportHandling.FOR_INFORMATION,
                        JobcenterTime.today(),
                        "An 3 von 5 Tagen anwesend",
                        null,
                        null));

        as(
                coordinator,
                PW,
                () -> providerReports.recordReport(
                        placement,
                        ReportKind.ATTENDANCE,
                        ReportHandling.FOR_INFORMATION,
                        JobcenterTime.today(),
                        "Korrektur: an 4 von 5 Tagen anwesend",
                        null,
                        first));

        List<ReportRow> reports = as(coordinator, PW, () -> providerReports.reports(measure));
        assertThat(reports)
                .extracting(ReportRow::text)
                .containsExactlyInAnyOrder("An 3 von 5 Tagen anwesend", "Korrektur: an 4 von 5 Tagen anwesend");
        assertThat(reports)
                .filteredOn(r -> r.correctsId() != null)
                .singleElement()
                .satisfies(r -> assertThat(r.correctsId()).isEqualTo(first));
        assertEquals(0, measures.notices(customer, "PROVIDER_REPORT"), "information only: no alert");

        long other = cases.newCustomer(caseworker, "Andere", LocalDate.of(1990, 1, 1));
        long otherPlacement = as(caseworker, PW, () -> placements.reserve(measures.consent(other, measure), entry));
        assertThrows(
                RuleViolationException.class,
                () -> as(
                        coordinator,
                        PW,
                        () -> providerReports.recordReport(
                                otherPlacement,
                                ReportKind.REMARK,
                                ReportHandling.FOR_INFORMATION,
                                JobcenterTime.today(),
                                "falsch zugeordnet",
                                null,
                                first)),
                "a correction belongs to the same participant");
        assertThrows(
                RuleViolationException.class,
                () -> as(
                        coordinator,
                        PW,
                        () -> providerReports.recordReport(
                                placement,
                                ReportKind.REMARK,
                                ReportHandling.FOR_INFORMATION,
                                JobcenterTime.today(),
                                "Text",
                                "gut",
                                null)),
                "an assessment belongs to a progress report");
        String otherCoordinator = staff.newMember(team, Role.MEASURE_COORDINATOR);
        assertThrows(
                MeasureAccessDeniedException.class,
                () -> as(
                        otherCoordinator,
                        PW,
                        () -> providerReports.recordReport(
                                placement,
                                ReportKind.REMARK,
                                ReportHandling.FOR_INFORMATION,
                                JobcenterTime.today(),
                                "Text",
                                null,
                                null)));
        assertThrows(
                MeasureAccessDeniedException.class,
                () -> as(otherCoordinator, PW, () -> providerReports.reports(measure)));
    }

    @Test
    void feedbackFollowsAnEndedParticipationAndShowsWithoutTheCustomer() throws Exception {
        long placement = as(caseworker, PW, () -> placements.reserve(measures.consent(customer, measure), entry));
        assertThrows(
                RuleViolationException.class,
                () -> as(caseworker, PW, () -> placements.giveFeedback(placement, "gut", null)),
                "not ended yet");
        measures.complete(placement);

        assertThrows(
                CaseAccessDeniedException.class,
                () -> as(teamColleague, PW, () -> placements.giveFeedback(placement, "fremd", null)));
        as(
                caseworker,
                PW,
                () -> placements.giveFeedback(placement, "Kleine Gruppe, feste Ansprechperson", "Lange Anfahrt"));

        assertThat(as(teamColleague, PW, () -> catalog.detail(measure))
                        .orElseThrow()
                        .feedback())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.served()).isEqualTo("Kleine Gruppe, feste Ansprechperson");
                    assertThat(f.didNotServe()).isEqualTo("Lange Anfahrt");
                });
        assertThat(as(caseworker, PW, () -> placements.ofCase(customer))
                        .placements()
                        .get(0)
                        .feedbackGiven())
                .isTrue();
    }

    @Test
    void aParticipantWithoutContactForSixWeeksPutsAFollowUpOnMeinTagOnce() throws Exception {
        participating();
        long recent = cases.newCustomer(caseworker, "Kürzlich", LocalDate.of(1991, 1, 1));
        long recentPlacement = as(caseworker, PW, () -> placements.reserve(measures.consent(recent, measure), entry));
        as(coordinator, PW, () -> coordination.confirm(recentPlacement, measures.version(recentPlacement)));
        as(coordinator, PW, () -> coordination.recordTakeUp(recentPlacement, measures.version(recentPlacement), true));
        cases.setLastContact(customer, Instant.now().minus(50, ChronoUnit.DAYS));
        cases.setLastContact(recent, Instant.now().minus(3, ChronoUnit.DAYS));
        String admin = staff.newMember(null, Role.ADMIN);

        as(admin, PW, () -> contactRule.remindNow());

        assertThat(as(caseworker, PW, () -> myDay.today()).dueFollowUps())
                .filteredOn(f -> f.title().startsWith("Kontakt halten: "))
                .extracting(f -> f.customerId())
                .containsExactly(customer);
        as(admin, PW, () -> contactRule.remindNow());
        assertThat(as(caseworker, PW, () -> myDay.today()).dueFollowUps())
                .filteredOn(f -> f.title().startsWith("Kontakt halten: "))
                .hasSize(1);
        assertThrows(EJBAccessException.class, () -> as(caseworker, PW, () -> contactRule.remindNow()));
    }

    @Test
    void aFillRequestToATeamReachesItsCaseworkersWhoProposeOnConsentOrSayNobodyFits() throws Exception {
        long teamId = as(coordinator, PW, () -> fillRequests.teams()).stream()
                .filter(t -> t.name().equals(team))
                .mapToLong(Addressee::id)
                .findFirst()
                .orElseThrow();
        long request = as(coordinator, PW, () -> fillRequests.requestCandidates(entry, teamId, null, "Wer passt?"));

        assertThat(as(caseworker, PW, () -> fillRequests.openForMe()))
                .extracting(OpenFillRequest::id)
                .contains(request);
        assertThat(as(outsider, PW, () -> fillRequests.openForMe()))
                .extracting(OpenFillRequest::id)
                .doesNotContain(request);
        assertThrows(
                MeasureAccessDeniedException.class,
                () -> as(outsider, PW, () -> fillRequests.answerNobodySuitable(request)));

        String number = cases.customerNumber(customer);
        assertThrows(
                PlacementRefusedException.class,
                () -> as(caseworker, PW, () -> fillRequests.propose(request, number)),
                "no proposal without informed consent");
        long foreign = cases.newCustomer(outsider, "Fremd", LocalDate.of(1980, 1, 1));
        assertThrows(
                CaseAccessDeniedException.class,
                () -> as(caseworker, PW, () -> fillRequests.propose(request, cases.customerNumber(foreign))));

        measures.consent(customer, measure);
        as(caseworker, PW, () -> fillRequests.propose(request, number));
        as(teamColleague, PW, () -> fillRequests.answerNobodySuitable(request));

        assertEquals(1, measures.placements(entry, PlacementStatus.RESERVED));
        assertThat(as(caseworker, PW, () -> fillRequests.openForMe()))
                .extracting(OpenFillRequest::id)
                .doesNotContain(request);
        FillRequestRow row = as(coordinator, PW, () -> fillRequests.fillRequests()).stream()
                .filter(f -> f.id() == request)
                .findFirst()
                .orElseThrow();
        assertThat(List.of(row.proposed(), row.nobodySuitable())).containsExactly(1L, 1L);
        assertThrows(EJBAccessException.class, () -> as(caseworker, PW, () -> fillRequests.fillRequests()));

        as(coordinator, PW, () -> fillRequests.closeFillRequest(request));
        String newcomer = staff.newMember(team, Role.CASEWORKER);
        assertThat(as(newcomer, PW, () -> fillRequests.openForMe()))
                .extracting(OpenFillRequest::id)
                .doesNotContain(request);
    }
}
