package de.nahbar.it.measure;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
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
import de.nahbar.measure.domain.Proposal;
import de.nahbar.measure.domain.ProposalOutcome;
import de.nahbar.measure.domain.TargetGroup;
import de.nahbar.measure.service.CaseMeasures;
import de.nahbar.measure.service.CoordinationService;
import de.nahbar.measure.service.EntryDateService;
import de.nahbar.measure.service.MeasureAccessDeniedException;
import de.nahbar.measure.service.MeasureCatalogQueries;
import de.nahbar.measure.service.MeasureFilter;
import de.nahbar.measure.service.NoFreePlaceException;
import de.nahbar.measure.service.ParticipantRow;
import de.nahbar.measure.service.PlacementRefusedException;
import de.nahbar.measure.service.PlacementService;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.RuleViolationException;
import de.nahbar.staff.domain.Role;

/**
 * The way from conversation to participation and the rules it keeps (docs/design.md §4, §5): no
 * place without informed consent, only for the own or deputised caseload, coordinators only on
 * their own measures and seeing no more than name, number, status and caseworker, the waiting
 * list moving up at once, and lapsed reservations released by the timer. The checks under test
 * are CaseAccess (caseload, deputy) and MeasureAccess (coordinator or deputy coordinator of the
 * measure) in the EJB layer.
 */
class PlacementRulesIT extends ContainerTestCase {

    private static final Proposal.Informed INFORMED = new Proposal.Informed(true, true, true);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(PlacementRulesIT.class);
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
    private EntryDateService entryDates;

    @EJB
    private MeasureCatalogQueries catalog;

    @EJB
    private MyDayService myDay;

    private String caseworker;
    private String colleague;
    private String coordinator;
    private String otherCoordinator;
    private long customer;
    private long measure;
    private long entry;

    @BeforeEach
    void createMeasureAndCase() {
        String team = staff.newTeam("Team Maßnahmen");
        caseworker = staff.newMember(team, Role.CASEWORKER);
        colleague = staff.newMember(team, Role.CASEWORKER);
        coordinator = staff.newMember(team, Role.CASEWORKER, Role.MEASURE_COORDINATOR);
        otherCoordinator = staff.newMember(team, Role.MEASURE_COORDINATOR);
        customer = cases.newCustomer(caseworker, "Demir", LocalDate.of(1990, 5, 1));
        measure = measures.newMeasure(coordinator, null, LegalBasis.SGB3_45, TargetGroup.ALL, EntryMode.FIXED_DATES);
        entry = measures.newEntryDate(measure, JobcenterTime.today().plusDays(14), 1);
    }

    @Test
    void notYetPutsAFollowUpOnMeinTagAndReservesNothing() throws Exception {
        LocalDate later = JobcenterTime.today().plusDays(30);
        long notYet = as(
                caseworker,
                PW,
                () -> placements.recordProposal(
                        customer,
                        measure,
                        ProposalOutcome.NOT_YET,
                        JobcenterTime.today(),
                        Proposal.Informed.NOTHING,
                        "Erst Kinderbetreuung klären",
                        later));

        assertThrows(
                PlacementRefusedException.class, () -> as(caseworker, PW, () -> placements.reserve(notYet, entry)));
        CaseMeasures recorded = as(caseworker, PW, () -> placements.ofCase(customer));
        assertThat(recorded.proposals()).singleElement().satisfies(p -> {
            assertThat(p.outcome()).isEqualTo(ProposalOutcome.NOT_YET);
            assertThat(p.followUpOn()).isEqualTo(later);
        });
        assertThat(recorded.placements()).isEmpty();
        assertEquals(0, measures.taken(entry));
    }

    @Test
    void consentMustBeInformedAboutContentProviderAndVoluntariness() {
        assertThrows(
                RuleViolationException.class,
                () -> as(
                        caseworker,
                        PW,
                        () -> placements.recordProposal(
                                customer,
                                measure,
                                ProposalOutcome.CONSENT,
                                JobcenterTime.today(),
                                new Proposal.Informed(true, true, false),
                                null,
                                null)));
        assertThrows(
                RuleViolationException.class,
                () -> as(
                        caseworker,
                        PW,
                        () -> placements.recordProposal(
                                customer,
                                measure,
                                ProposalOutcome.CONSENT,
                                JobcenterTime.today().plusDays(1),
                                INFORMED,
                                null,
                                null)));
    }

    @Test
    void onlyTheOwnOrDeputisedCaseloadMayBeProposedAndReserved() throws Exception {
        assertThrows(
                CaseAccessDeniedException.class,
                () -> as(
                        colleague,
                        PW,
                        () -> placements.recordProposal(
                                customer,
                                measure,
                                ProposalOutcome.CONSENT,
                                JobcenterTime.today(),
                                INFORMED,
                                null,
                                null)));
        long consent = measures.consent(customer, measure);
        assertThrows(
                CaseAccessDeniedException.class, () -> as(colleague, PW, () -> placements.reserve(consent, entry)));
        assertThrows(CaseAccessDeniedException.class, () -> as(colleague, PW, () -> placements.ofCase(customer)));
        assertThrows(
                EJBAccessException.class, () -> as(otherCoordinator, PW, () -> placements.reserve(consent, entry)));
        assertEquals(0, measures.taken(entry));

        cases.newDeputy(
                caseworker,
                colleague,
                JobcenterTime.today(),
                JobcenterTime.today().plusDays(3));
        long placement = as(colleague, PW, () -> placements.reserve(consent, entry));
        assertEquals(PlacementStatus.RESERVED, measures.status(placement));
    }

    @Test
    void lastPlaceTakenThenWaitingListAndWithdrawnConsentMovesItUpAtOnce() throws Exception {
        long first = cases.newCustomer(caseworker, "Erste", LocalDate.of(1985, 1, 1));
        long second = cases.newCustomer(caseworker, "Zweite", LocalDate.of(1986, 1, 1));
        long firstConsent = measures.consent(first, measure);
        long secondConsent = measures.consent(second, measure);

        as(caseworker, PW, () -> placements.reserve(firstConsent, entry));
        assertThrows(
                NoFreePlaceException.class, () -> as(caseworker, PW, () -> placements.reserve(secondConsent, entry)));
        long waiting = as(caseworker, PW, () -> placements.joinWaitingList(secondConsent, entry));
        assertEquals(PlacementStatus.WAITING, measures.status(waiting));
        assertThrows(
                PlacementRefusedException.class,
                () -> as(caseworker, PW, () -> placements.reserve(secondConsent, entry)),
                "one open placement per customer and measure");

        as(caseworker, PW, () -> placements.withdrawConsent(firstConsent));

        assertEquals(PlacementStatus.RESERVED, measures.status(waiting), "the waiting customer got the place at once");
        assertEquals(1, measures.taken(entry));
        assertEquals(1, measures.placements(entry, PlacementStatus.WITHDRAWN));
        assertEquals(1, measures.notices(second, "PLACE_OFFERED"));
        assertThat(as(caseworker, PW, () -> myDay.today()).notices())
                .anySatisfy(n -> assertThat(n.customerId()).isEqualTo(second));
    }

    @Test
    void coordinatorConfirmsChecksTakeUpAndANoShowMovesTheWaitingListUp() throws Exception {
        long today = measures.newEntryDate(measure, JobcenterTime.today(), 1);
        long first = cases.newCustomer(caseworker, "Antritt", LocalDate.of(1980, 1, 1));
        long second = cases.newCustomer(caseworker, "Nachrücker", LocalDate.of(1981, 1, 1));
        long placement = as(caseworker, PW, () -> placements.reserve(measures.consent(first, measure), today));
        long waiting = as(caseworker, PW, () -> placements.joinWaitingList(measures.consent(second, measure), today));

        as(coordinator, PW, () -> coordination.confirm(placement, measures.version(placement)));
        assertEquals(PlacementStatus.ALLOCATED, measures.status(placement));
        assertEquals(1, measures.notices(first, "PLACE_ALLOCATED"));

        as(coordinator, PW, () -> coordination.recordTakeUp(placement, measures.version(placement), false));
        assertEquals(PlacementStatus.NO_SHOW, measures.status(placement));
        assertEquals(PlacementStatus.RESERVED, measures.status(waiting));
        assertEquals(1, measures.taken(today));
        assertEquals(1, measures.notices(second, "PLACE_OFFERED"));
    }

    @Test
    void takeUpBeforeTheEntryDateAndAStaleVersionAreRefused() throws Exception {
        long placement = as(caseworker, PW, () -> placements.reserve(measures.consent(customer, measure), entry));
        long loaded = measures.version(placement);
        as(coordinator, PW, () -> coordination.confirm(placement, loaded));

        assertThrows(
                ConcurrentChangeException.class,
                () -> as(coordinator, PW, () -> coordination.confirm(placement, loaded)));
        assertThrows(
                PlacementRefusedException.class,
                () -> as(
                        coordinator,
                        PW,
                        () -> coordination.recordTakeUp(placement, measures.version(placement), true)));
    }

    @Test
    void dropoutRiskAlertsTheCaseworkerOnMeinTagAtOnce() throws Exception {
        long today = measures.newEntryDate(measure, JobcenterTime.today(), 2);
        long placement = as(caseworker, PW, () -> placements.reserve(measures.consent(customer, measure), today));
        as(coordinator, PW, () -> coordination.confirm(placement, measures.version(placement)));
        as(coordinator, PW, () -> coordination.recordTakeUp(placement, measures.version(placement), true));

        as(
                coordinator,
                PW,
                () -> coordination.changeParticipation(
                        placement,
                        measures.version(placement),
                        PlacementStatus.DROPOUT_RISK,
                        "Drei Fehltage in Folge"));

        assertThat(as(caseworker, PW, () -> myDay.today()).notices()).first().satisfies(n -> {
            assertThat(n.customerId()).isEqualTo(customer);
            assertThat(n.kind().name()).isEqualTo("DROPOUT_RISK");
            assertThat(n.text()).contains("Drei Fehltage in Folge");
        });
        assertThrows(
                RuleViolationException.class,
                () -> as(
                        coordinator,
                        PW,
                        () -> coordination.changeParticipation(
                                placement, measures.version(placement), PlacementStatus.DROPPED_OUT, null)),
                "a dropout needs its reason");
        as(
                coordinator,
                PW,
                () -> coordination.changeParticipation(
                        placement,
                        measures.version(placement),
                        PlacementStatus.DROPPED_OUT,
                        "Umzug in eine andere Stadt"));
        assertEquals(0, measures.taken(today), "a dropout frees the place");
    }

    @Test
    void coordinatorsActOnlyOnTheirOwnMeasuresAndSeeOnlyNameNumberStatusAndCaseworker() throws Exception {
        long placement = as(caseworker, PW, () -> placements.reserve(measures.consent(customer, measure), entry));
        long version = measures.version(placement);

        assertThrows(
                MeasureAccessDeniedException.class,
                () -> as(otherCoordinator, PW, () -> coordination.participants(measure)));
        assertThrows(
                MeasureAccessDeniedException.class,
                () -> as(otherCoordinator, PW, () -> coordination.confirm(placement, version)));
        assertThrows(
                MeasureAccessDeniedException.class,
                () -> as(otherCoordinator, PW, () -> coordination.recordTakeUp(placement, version, false)));
        assertThrows(
                MeasureAccessDeniedException.class,
                () -> as(
                        otherCoordinator,
                        PW,
                        () -> entryDates.addEntryDate(
                                measure, JobcenterTime.today().plusDays(40), 5)));
        assertThrows(
                MeasureAccessDeniedException.class,
                () -> as(otherCoordinator, PW, () -> coordination.participants(Long.MAX_VALUE)));
        assertThat(as(otherCoordinator, PW, () -> coordination.myMeasures())).isEmpty();
        assertThat(as(otherCoordinator, PW, () -> coordination.pendingReservations()))
                .noneMatch(r -> r.placementId() == placement);
        assertThrows(EJBAccessException.class, () -> as(caseworker, PW, () -> coordination.participants(measure)));
        assertEquals(PlacementStatus.RESERVED, measures.status(placement));

        List<ParticipantRow> seen = as(coordinator, PW, () -> coordination.participants(measure));
        assertThat(seen)
                .singleElement()
                .satisfies(r -> assertThat(r.customerName()).startsWith("Demir, "));
        assertThat(Arrays.stream(ParticipantRow.class.getRecordComponents()).map(c -> c.getName()))
                .as("no case content in what a coordinator sees")
                .doesNotContain("phone", "email", "birthDate", "notes", "reasons", "supportMode", "mandateStatus");
        assertEquals(1, measures.accessLogEntries(coordinator, "MEASURE_COORDINATION"), "the read is logged");
    }

    @Test
    void deputyCoordinatorMayActAndPlacesNeverDropBelowWhatIsTaken() throws Exception {
        String deputy = staff.newMember(null, Role.MEASURE_COORDINATOR);
        long deputised = measures.newMeasure(
                coordinator, deputy, LegalBasis.SGB2_16K, TargetGroup.HEALTH_RESTRICTIONS, EntryMode.ROLLING);
        long rolling = measures.newEntryDate(deputised, JobcenterTime.today().minusDays(20), 2);
        as(caseworker, PW, () -> placements.reserve(measures.consent(customer, deputised), rolling));

        assertThat(as(deputy, PW, () -> coordination.myMeasures()))
                .singleElement()
                .satisfies(m -> assertThat(m.deputy()).isTrue());
        assertThrows(
                RuleViolationException.class, () -> as(deputy, PW, () -> entryDates.changePlaces(rolling, 0, 0, 0)));
        assertThrows(
                RuleViolationException.class,
                () -> as(
                        deputy,
                        PW,
                        () -> entryDates.addEntryDate(
                                deputised, JobcenterTime.today().plusYears(2), 5)),
                "an entry date outside the measure's period");
        as(deputy, PW, () -> entryDates.changePlaces(rolling, 0, 1, 1));
        assertEquals(1, measures.taken(rolling));
    }

    @Test
    void theCoordinatorSetsHowLongReservationsAreHeld() throws Exception {
        as(coordinator, PW, () -> entryDates.changeHoldWorkingDays(measure, 1));
        long placement = as(caseworker, PW, () -> placements.reserve(measures.consent(customer, measure), entry));

        LocalDate lastDay = JobcenterTime.workingDaysAfter(JobcenterTime.today(), 1);
        assertEquals(JobcenterTime.startOf(lastDay.plusDays(1)), measures.holdUntil(placement));
        assertThrows(
                RuleViolationException.class,
                () -> as(coordinator, PW, () -> entryDates.changeHoldWorkingDays(measure, 0)));
        assertThrows(
                MeasureAccessDeniedException.class,
                () -> as(otherCoordinator, PW, () -> entryDates.changeHoldWorkingDays(measure, 10)));
    }

    @Test
    void noReservationOnAnEndedMeasureTheCatalogueHidesItAndAnAuditorSeesNoCatalogue() throws Exception {
        long consent = measures.consent(customer, measure);
        MeasureFilter byNumber = new MeasureFilter(measures.number(measure), null, null, null, null, null);
        assertEquals(1L, (long) as(caseworker, PW, () -> catalog.count(byNumber)));

        measures.endMeasure(measure);

        assertThrows(
                PlacementRefusedException.class, () -> as(caseworker, PW, () -> placements.reserve(consent, entry)));
        assertEquals(0L, (long) as(caseworker, PW, () -> catalog.count(byNumber)));
        String auditor = staff.newMember(null, Role.AUDITOR);
        assertThrows(EJBAccessException.class, () -> as(auditor, PW, () -> catalog.count(MeasureFilter.NONE)));
    }

    @Test
    void aLapsedReservationIsReleasedByTheTimerAndTheWaitingListMovesUp() throws Exception {
        long waitingCustomer = cases.newCustomer(caseworker, "Warteliste", LocalDate.of(1979, 1, 1));
        long placement = as(caseworker, PW, () -> placements.reserve(measures.consent(customer, measure), entry));
        long waiting =
                as(caseworker, PW, () -> placements.joinWaitingList(measures.consent(waitingCustomer, measure), entry));

        measures.lapse(placement);

        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (measures.status(placement) != PlacementStatus.EXPIRED && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(PlacementStatus.EXPIRED, measures.status(placement));
        assertEquals(PlacementStatus.RESERVED, measures.status(waiting));
        assertEquals(1, measures.taken(entry));
        assertEquals(1, measures.notices(customer, "RESERVATION_EXPIRED"));
    }
}
