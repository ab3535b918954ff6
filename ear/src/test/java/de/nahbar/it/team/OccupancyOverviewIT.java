package de.nahbar.it.team;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.validation.ConstraintViolationException;

import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.StatementCount;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.fixtures.TestMeasures;
import de.nahbar.it.support.Deployments;
import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.Role;
import de.nahbar.team.service.EntryAllocations;
import de.nahbar.team.service.FreeEntry;
import de.nahbar.team.service.MeasureOccupancy;
import de.nahbar.team.service.OccupancyFilter;
import de.nahbar.team.service.OccupancyQueries;
import de.nahbar.team.service.OccupancyReport;

/**
 * The occupancy overview on a data set whose every figure is known, whatever the day the test
 * runs. The period is the two months before the current one, the current one and the next.
 *
 * <p>Measure A (10 places, minimum 8, 500 € per place-month, running since the first month):
 * on its first entry date 4 participants still in, 1 completed on the last day of the previous
 * month, 1 dropped out on the first of the previous month, 1 no-show; a later entry date in two
 * weeks with one reservation and one allocation (5 places), one in six weeks without anyone
 * (3 places). Occupied on the reference days: 6, 5, 4, then the month ahead does not count.
 *
 * <p>Measure B (4 places, minimum 2, 1,000 €, §16d, Nordstadt, from the first of this month,
 * eight weeks long): 2 participants who leave within the coming eight weeks, 1 no-show.
 */
class OccupancyOverviewIT extends ContainerTestCase {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(OccupancyOverviewIT.class);
    }

    @EJB
    private TestCases cases;

    @EJB
    private TestMeasures measures;

    @EJB
    private OccupancyQueries overview;

    @PersistenceUnit
    private EntityManagerFactory emf;

    private String team;
    private String lead;
    private String coordinator;
    private String caseworker;
    private long measureA;
    private long measureB;
    private LocalDate today;
    private YearMonth now;

    @BeforeEach
    void measuresWithKnownPlacements() {
        today = JobcenterTime.today();
        now = YearMonth.from(today);
        team = staff.newTeam("Team Auslastung");
        lead = staff.newMember(team, Role.TEAM_LEAD);
        coordinator = staff.newMember(team, Role.CASEWORKER, Role.MEASURE_COORDINATOR);
        caseworker = staff.newMember(team, Role.CASEWORKER);

        LocalDate first = now.minusMonths(2).atDay(1);
        measureA = measures.newMeasure(
                coordinator,
                LegalBasis.SGB3_45,
                "Musterstadt Mitte",
                8,
                10,
                new BigDecimal("500.00"),
                52,
                first,
                today.plusYears(1));
        long a1 = measures.newEntryDate(measureA, first, 10);
        for (int i = 0; i < 4; i++) {
            place(a1, PlacementStatus.STARTED, null);
        }
        place(
                a1,
                PlacementStatus.COMPLETED,
                JobcenterTime.startOf(now.minusMonths(1).atEndOfMonth()).plusSeconds(36_000));
        place(
                a1,
                PlacementStatus.DROPPED_OUT,
                JobcenterTime.startOf(now.minusMonths(1).atDay(1)).plusSeconds(36_000));
        place(a1, PlacementStatus.NO_SHOW, null);
        long a2 = measures.newEntryDate(measureA, today.plusWeeks(2), 5);
        place(a2, PlacementStatus.RESERVED, null);
        place(a2, PlacementStatus.ALLOCATED, null);
        measures.newEntryDate(measureA, today.plusWeeks(6), 3);

        measureB = measures.newMeasure(
                coordinator,
                LegalBasis.SGB2_16D,
                "Nordstadt",
                2,
                4,
                new BigDecimal("1000.00"),
                8,
                now.atDay(1),
                now.atDay(1).plusMonths(6));
        long b1 = measures.newEntryDate(measureB, now.atDay(1), 2);
        place(b1, PlacementStatus.STARTED, null);
        place(b1, PlacementStatus.STARTED, null);
        place(b1, PlacementStatus.NO_SHOW, null);

        // another coordinator's measure, which the coordinator filter leaves out
        String other = staff.newMember(staff.newTeam("Team Anderswo"), Role.CASEWORKER, Role.MEASURE_COORDINATOR);
        measures.newMeasure(
                other,
                LegalBasis.SGB3_45,
                "Musterstadt Mitte",
                1,
                5,
                new BigDecimal("100.00"),
                4,
                first,
                today.plusMonths(3));
    }

    private void place(long entryDate, PlacementStatus status, Instant changedAt) {
        long customer = cases.newCustomer(caseworker, "Teilnahme", LocalDate.of(1980, 5, 5));
        measures.placement(customer, entryDate, status, changedAt);
    }

    private OccupancyFilter filter(LegalBasis basis, String location, int threshold) {
        return new OccupancyFilter(
                basis, null, coordinator, null, location, now.minusMonths(2), now.plusMonths(1), threshold);
    }

    @Test
    void everyFigureOfEachMeasureIsRight() throws Exception {
        OccupancyReport report = as(lead, PW, () -> overview.report(filter(null, null, 80)));

        assertThat(report.months()).containsExactly(now.minusMonths(2), now.minusMonths(1), now, now.plusMonths(1));
        assertThat(report.measures()).extracting(MeasureOccupancy::id).containsExactlyInAnyOrder(measureA, measureB);
        MeasureOccupancy a = measure(report, measureA);
        assertThat(List.of(a.purchased(), a.minimum(), (int) a.reserved(), (int) a.allocated(), (int) a.started(), (int)
                        a.free()))
                .containsExactly(10, 8, 1, 1, 4, 3 + 3);
        assertThat(a.occupiedByMonth()).containsExactly(6, 5, 4, null);
        assertThat(a.fillRate()).isEqualTo(40);
        assertThat(a.tookUp()).isEqualTo(6);
        assertThat(a.noShows()).isEqualTo(1);
        assertThat(a.takeUpRate()).isEqualTo(86);
        assertThat(a.upcomingExits()).isZero();
        assertThat(a.use().unusedPlaceMonths()).isEqualTo(4 + 5 + 6);
        assertThat(a.use().unusedCost()).isEqualByComparingTo("7500.00");
        assertThat(a.use().emptyMinimumCost()).isEqualByComparingTo("4500.00");

        MeasureOccupancy b = measure(report, measureB);
        assertThat(b.occupiedByMonth()).containsExactly(null, null, 2, null);
        assertThat(List.of((int) b.started(), (int) b.free(), (int) b.upcomingExits(), (int) b.tookUp(), (int)
                        b.noShows()))
                .containsExactly(2, 0, 2, 2, 1);
        assertThat(b.fillRate()).isEqualTo(50);
        assertThat(b.use().unusedCost()).isEqualByComparingTo("2000.00");
        assertThat(b.use().emptyMinimumCost()).isEqualByComparingTo("0.00");
    }

    @Test
    void totalsTrendAndHighlightsAddUpTheMeasures() throws Exception {
        OccupancyReport report = as(lead, PW, () -> overview.report(filter(null, null, 45)));

        assertThat(List.of(
                        report.purchased(),
                        report.minimum(),
                        report.reserved(),
                        report.allocated(),
                        report.started(),
                        report.free(),
                        report.upcomingExits()))
                .containsExactly(14L, 10L, 1L, 1L, 6L, 6L, 2L);
        assertThat(report.fillRate()).isEqualTo(43);
        assertThat(report.takeUpRate()).isEqualTo(80);
        assertThat(report.unusedCost()).isEqualByComparingTo("9500.00");
        assertThat(report.emptyMinimumCost()).isEqualByComparingTo("4500.00");
        assertThat(report.trend()).containsExactly(60, 50, 43, null);
        assertThat(report.belowThreshold()).extracting(MeasureOccupancy::id).containsExactly(measureA);

        assertThat(report.freeEntries())
                .extracting(FreeEntry::entryOn, FreeEntry::free, FreeEntry::withinFourWeeks)
                .containsExactly(Tuple.tuple(today.plusWeeks(2), 3L, true), Tuple.tuple(today.plusWeeks(6), 3L, false));
        assertThat(report.freeWithinFourWeeks()).hasSize(1);
    }

    @Test
    void theFilterNarrowsInTheDatabase() throws Exception {
        assertThat(as(lead, PW, () -> overview.report(filter(LegalBasis.SGB2_16D, null, 80)))
                        .measures())
                .extracting(MeasureOccupancy::id)
                .containsExactly(measureB);
        assertThat(as(lead, PW, () -> overview.report(filter(null, "nord", 80))).measures())
                .extracting(MeasureOccupancy::id)
                .containsExactly(measureB);
        OccupancyFilter later =
                new OccupancyFilter(null, null, coordinator, null, null, now.plusYears(2), now.plusYears(2), 80);
        assertThat(as(lead, PW, () -> overview.report(later)).measures()).isEmpty();
        OccupancyFilter byTeam = new OccupancyFilter(null, null, null, team, null, now, now, 80);
        assertThat(as(lead, PW, () -> overview.report(byTeam)).measures())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.id()).isIn(measureA, measureB));
    }

    @Test
    void aPeriodBackwardsOrLongerThanTwoYearsIsRefused() {
        OccupancyFilter backwards = new OccupancyFilter(null, null, null, null, null, now, now.minusMonths(1), 80);
        OccupancyFilter tooLong = new OccupancyFilter(null, null, null, null, null, now.minusMonths(24), now, 80);
        for (OccupancyFilter refused : List.of(backwards, tooLong)) {
            Exception e = assertThrows(Exception.class, () -> as(lead, PW, () -> overview.report(refused)));
            assertThat(Stream.iterate((Throwable) e, Objects::nonNull, Throwable::getCause))
                    .anyMatch(ConstraintViolationException.class::isInstance);
        }
    }

    @Test
    void theDrillDownShowsEntryDatesAndAllocationsByNumberAndStatusOnly() throws Exception {
        List<EntryAllocations> entries = as(lead, PW, () -> overview.entries(measureA));
        assertThat(entries)
                .extracting(EntryAllocations::entryOn)
                .containsExactly(now.minusMonths(2).atDay(1), today.plusWeeks(2), today.plusWeeks(6));
        assertThat(entries.get(0).allocations())
                .hasSize(7)
                .allSatisfy(x -> assertThat(x.customerNumber()).matches("\\d{3}D\\d{6}"));
        assertThat(entries.get(0).allocations())
                .extracting(EntryAllocations.Allocation::status)
                .containsExactlyInAnyOrder(
                        PlacementStatus.STARTED,
                        PlacementStatus.STARTED,
                        PlacementStatus.STARTED,
                        PlacementStatus.STARTED,
                        PlacementStatus.COMPLETED,
                        PlacementStatus.DROPPED_OUT,
                        PlacementStatus.NO_SHOW);
        assertThat(entries.get(0).free()).isEqualTo(6);
        assertThat(entries.get(1).allocations())
                .extracting(EntryAllocations.Allocation::status)
                .containsExactlyInAnyOrder(PlacementStatus.RESERVED, PlacementStatus.ALLOCATED);
        assertThat(entries.get(2).allocations()).isEmpty();
        assertThat(Arrays.stream(EntryAllocations.Allocation.class.getRecordComponents())
                        .map(c -> c.getName()))
                .containsExactly("customerNumber", "status");
    }

    @Test
    void theOverviewTakesTwoStatementsHoweverManyPlacementsThereAre() throws Exception {
        OccupancyFilter all = filter(null, null, 80);
        long small = StatementCount.of(emf, () -> as(lead, PW, () -> overview.report(all)));
        long b2 = measures.newEntryDate(measureB, now.atDay(1).plusDays(1), 4);
        for (int i = 0; i < 4; i++) {
            place(b2, PlacementStatus.STARTED, null);
        }
        long large = StatementCount.of(emf, () -> as(lead, PW, () -> overview.report(all)));
        assertEquals(2, small, "one line per measure, then the free entry dates");
        assertEquals(small, large);
        assertThat(measure(as(lead, PW, () -> overview.report(all)), measureB).started())
                .isEqualTo(6);
    }

    @Test
    void nobodyButATeamLeadSeesTheOccupancyOverview() {
        String admin = staff.newMember(null, Role.ADMIN);
        String auditor = staff.newMember(null, Role.AUDITOR);
        for (String user : List.of(caseworker, coordinator, admin, auditor)) {
            assertThrows(
                    EJBAccessException.class, () -> as(user, PW, () -> overview.report(filter(null, null, 80))), user);
            assertThrows(EJBAccessException.class, () -> as(user, PW, () -> overview.entries(measureA)), user);
            assertThrows(EJBAccessException.class, () -> as(user, PW, () -> overview.choices()), user);
        }
    }

    private static MeasureOccupancy measure(OccupancyReport report, long id) {
        return report.measures().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }
}
