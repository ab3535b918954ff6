package de.nahbar.it.measure;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.StatementCount;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.fixtures.TestMeasures;
import de.nahbar.it.support.Deployments;
import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.TargetGroup;
import de.nahbar.measure.service.CoordinationService;
import de.nahbar.measure.service.EntryRow;
import de.nahbar.measure.service.MeasureCatalogQueries;
import de.nahbar.measure.service.MeasureDetail;
import de.nahbar.measure.service.MeasureFilter;
import de.nahbar.measure.service.MeasureRow;
import de.nahbar.measure.service.MyMeasure;
import de.nahbar.measure.service.PlacementService;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.Role;

/** The catalogue and "Meine Maßnahmen": right figures, filtered in the database, and a statement count that does not grow with the data. */
class MeasureQueriesIT extends ContainerTestCase {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(MeasureQueriesIT.class);
    }

    @EJB
    private TestCases cases;

    @EJB
    private TestMeasures measures;

    @EJB
    private CoordinationService coordination;

    @EJB
    private MeasureCatalogQueries catalog;

    @EJB
    private PlacementService placements;

    @PersistenceUnit
    private EntityManagerFactory emf;

    @Test
    void myMeasuresShowEachEntryDatesUseAndTheCatalogueItsFreePlaces() throws Exception {
        String team = staff.newTeam("Team Belegung");
        String coordinator = staff.newMember(team, Role.MEASURE_COORDINATOR);
        String caseworker = staff.newMember(team, Role.CASEWORKER);
        long measure = measures.newMeasure(
                coordinator, null, LegalBasis.SGB2_16H, TargetGroup.UNDER_25, EntryMode.FIXED_DATES);
        LocalDate soon = JobcenterTime.today().plusDays(10);
        long entry = measures.newEntryDate(measure, soon, 2);
        long full = measures.newEntryDate(measure, soon.plusDays(30), 1);
        long a = cases.newCustomer(caseworker, "Alpha", LocalDate.of(2004, 1, 1));
        long b = cases.newCustomer(caseworker, "Beta", LocalDate.of(2005, 1, 1));
        as(caseworker, PW, () -> placements.reserve(measures.consent(a, measure), entry));
        as(caseworker, PW, () -> placements.reserve(measures.consent(b, measure), full));
        long c = cases.newCustomer(caseworker, "Gamma", LocalDate.of(2003, 1, 1));
        as(caseworker, PW, () -> placements.joinWaitingList(measures.consent(c, measure), full));

        MyMeasure mine = as(coordinator, PW, () -> coordination.myMeasures()).get(0);
        EntryRow first = mine.entries().get(0);
        EntryRow second = mine.entries().get(1);
        assertThat(List.of(first.places(), first.reserved(), (long) first.free(), first.waiting()))
                .containsExactly(2, 1L, 1L, 0L);
        assertThat(first.soonWithFreePlaces()).isTrue();
        assertThat(List.of((long) second.free(), second.waiting())).containsExactly(0L, 1L);
        assertThat(mine.taken()).isEqualTo(2);
        assertThat(mine.belowPaidMinimum()).isFalse();

        String number = measures.number(measure);
        MeasureRow row = as(
                        caseworker,
                        PW,
                        () -> catalog.page(
                                new MeasureFilter(
                                        number, LegalBasis.SGB2_16H, TargetGroup.UNDER_25, "test", "testträger", null),
                                0,
                                10))
                .get(0);
        assertEquals(1L, row.freePlaces());
        assertEquals(soon, row.nextFreeEntry());
        assertEquals(
                0L,
                (long) as(
                        caseworker,
                        PW,
                        () -> catalog.count(new MeasureFilter(number, LegalBasis.SGB3_45, null, null, null, null))),
                "another legal basis");
        assertEquals(
                0L,
                (long) as(
                        caseworker,
                        PW,
                        () -> catalog.count(new MeasureFilter(number, null, null, null, null, soon.plusDays(1)))),
                "no free place after the first entry date");
        MeasureDetail detail = as(caseworker, PW, () -> catalog.detail(measure)).orElseThrow();
        assertThat(detail.entries()).hasSize(2);
        assertThat(detail.ownedByCaller()).isFalse();
    }

    @Test
    void statementCountsDoNotGrowWithMeasuresEntriesAndPlacements() throws Exception {
        String team = staff.newTeam("Team Zählung");
        String coordinator = staff.newMember(team, Role.MEASURE_COORDINATOR);
        String caseworker = staff.newMember(team, Role.CASEWORKER);
        long measure =
                measures.newMeasure(coordinator, null, LegalBasis.SGB3_45, TargetGroup.ALL, EntryMode.FIXED_DATES);
        measures.newEntryDate(measure, JobcenterTime.today().plusDays(5), 3);
        MeasureFilter free = new MeasureFilter(null, null, null, null, null, JobcenterTime.today());

        long smallMine = StatementCount.of(emf, () -> as(coordinator, PW, () -> coordination.myMeasures()));
        long smallCatalogue = StatementCount.of(emf, () -> as(caseworker, PW, () -> catalog.page(free, 0, 25)));

        for (int i = 0; i < 6; i++) {
            long more = measures.newMeasure(
                    coordinator, null, LegalBasis.SGB2_16D, TargetGroup.LONG_TERM_UNEMPLOYED, EntryMode.FIXED_DATES);
            for (int k = 1; k <= 3; k++) {
                long entry = measures.newEntryDate(more, JobcenterTime.today().plusDays(7L * k), 4);
                long customer = cases.newCustomer(caseworker, "Zählung" + i + k, LocalDate.of(1980, 1, 1));
                as(caseworker, PW, () -> placements.reserve(measures.consent(customer, more), entry));
            }
        }

        long largeMine = StatementCount.of(emf, () -> as(coordinator, PW, () -> coordination.myMeasures()));
        long largeCatalogue = StatementCount.of(emf, () -> as(caseworker, PW, () -> catalog.page(free, 0, 25)));
        assertThat(as(coordinator, PW, () -> coordination.myMeasures())).hasSize(7);
        assertEquals(smallMine, largeMine, "Meine Maßnahmen");
        assertEquals(2, largeMine, "Meine Maßnahmen: measures, then all entry dates with their counts");
        assertEquals(smallCatalogue, largeCatalogue, "catalogue page");
        assertEquals(1, largeCatalogue, "catalogue page: one statement");
    }
}
