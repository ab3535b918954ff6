package de.nahbar.it.caseload;

import static de.nahbar.it.fixtures.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.caseload.domain.AvailabilityReasonKind;
import de.nahbar.caseload.domain.SupportMode;
import de.nahbar.caseload.service.CaseFileService;
import de.nahbar.caseload.service.CaseloadCounts;
import de.nahbar.caseload.service.CaseloadFilter;
import de.nahbar.caseload.service.CaseloadQueries;
import de.nahbar.caseload.service.CaseloadRow;
import de.nahbar.caseload.service.CaseloadSort;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.StatementCount;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.support.Deployments;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.Role;

/** The caseload list filters, sorts and pages in the database, at a cost that does not grow with the data. */
class CaseloadQueriesIT extends ContainerTestCase {

    private static final LocalDate TODAY = JobcenterTime.today();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CaseloadQueriesIT.class);
    }

    @EJB
    private TestCases cases;

    @EJB
    private CaseloadQueries caseload;

    @EJB
    private CaseFileService files;

    @PersistenceUnit
    private EntityManagerFactory emf;

    private String me;
    private long young;
    private long active;
    private long caring;
    private long silent;

    @BeforeEach
    void createCaseload() {
        me = staff.newMember(staff.newTeam("Team Süd"), Role.CASEWORKER);
        young = cases.newCustomer(me, "Albrecht", TODAY.minusYears(22));
        active = cases.newCustomer(me, "Brandt", TODAY.minusYears(40));
        cases.makeActive(active);
        caring = cases.newCustomer(me, "Celik", TODAY.minusYears(35));
        cases.addReason(caring, AvailabilityReasonKind.CARE_OF_RELATIVES);
        silent = cases.newCustomer(me, "Dąbrowski", TODAY.minusYears(50));
        cases.setLastContact(young, Instant.now().minus(3, ChronoUnit.DAYS));
        cases.setLastContact(active, Instant.now().minus(10, ChronoUnit.DAYS));
        cases.setLastContact(caring, Instant.now().minus(200, ChronoUnit.DAYS));
    }

    private List<Long> ids(CaseloadFilter filter) throws Exception {
        return as(me, PW, () -> caseload.page(filter, CaseloadSort.NAME, true, 0, 50)).stream()
                .map(CaseloadRow::id)
                .toList();
    }

    @Test
    void filtersNarrowTheCaseloadInTheDatabase() throws Exception {
        CaseloadFilter none = CaseloadFilter.none();
        assertEquals(List.of(young, active, caring, silent), ids(none));
        assertEquals(List.of(active), ids(none.withSupportMode(SupportMode.ACTIVE)));
        assertEquals(
                List.of(caring),
                ids(new CaseloadFilter(
                        null, null, null, AvailabilityReasonKind.CARE_OF_RELATIVES, null, null, null, false)));
        assertEquals(List.of(young), ids(new CaseloadFilter(null, null, null, null, null, null, null, true)));
        assertEquals(List.of(caring, silent), ids(new CaseloadFilter(null, null, null, null, null, 90, null, false)));
        assertEquals(List.of(active), ids(new CaseloadFilter("brand", null, null, null, null, null, null, false)));
        String number = cases.customerNumber(silent);
        assertEquals(List.of(silent), ids(new CaseloadFilter(number, null, null, null, null, null, null, false)));
        assertEquals(List.of(), ids(new CaseloadFilter("%", null, null, null, null, null, null, false)));
    }

    @Test
    void sortingAndPagingHappenInTheQuery() throws Exception {
        List<CaseloadRow> byContact =
                as(me, PW, () -> caseload.page(CaseloadFilter.none(), CaseloadSort.LAST_CONTACT, false, 0, 2));
        assertEquals(
                List.of(young, active), byContact.stream().map(CaseloadRow::id).toList());
        List<CaseloadRow> secondPage =
                as(me, PW, () -> caseload.page(CaseloadFilter.none(), CaseloadSort.NAME, true, 2, 2));
        assertEquals(
                List.of(caring, silent),
                secondPage.stream().map(CaseloadRow::id).toList());
        assertEquals(
                List.of(AvailabilityReasonKind.CARE_OF_RELATIVES),
                secondPage.get(0).reasons());
    }

    @Test
    void quickFilterCountsMatchTheCaseload() throws Exception {
        CaseloadCounts counts = as(me, PW, caseload::counts);
        assertEquals(4, counts.all());
        assertEquals(1, counts.active());
        assertEquals(3, counts.observing());
        assertEquals(2, counts.noContact90Days());
        assertEquals(1, counts.under25());
    }

    @Test
    void caseloadPageAndCaseFileCostTheSameStatementsAtAnySize() throws Exception {
        as(me, PW, () -> files.open(caring, null));
        long smallPage = StatementCount.of(
                emf, () -> as(me, PW, () -> caseload.page(CaseloadFilter.none(), CaseloadSort.NAME, true, 0, 25)));
        // reload reads what open reads, without the access-log insert (whose id block is shared server-wide)
        long smallFile = StatementCount.of(emf, () -> as(me, PW, () -> files.reload(caring)));

        for (int i = 0; i < 60; i++) {
            long id = cases.newCustomer(me, "Zusatz" + i, TODAY.minusYears(30 + i % 20));
            cases.addReason(id, AvailabilityReasonKind.values()[i % AvailabilityReasonKind.values().length]);
        }
        cases.addContactsAndNotes(caring, 40);

        long largePage = StatementCount.of(
                emf, () -> as(me, PW, () -> caseload.page(CaseloadFilter.none(), CaseloadSort.NAME, true, 0, 25)));
        long largeFile = StatementCount.of(emf, () -> as(me, PW, () -> files.reload(caring)));
        long largeOpen = StatementCount.of(emf, () -> as(me, PW, () -> files.open(caring, null)));

        assertEquals(smallPage, largePage, "statements of a caseload page");
        assertEquals(smallFile, largeFile, "statements of a case file");
        assertTrue(largeOpen <= largeFile + 2, "opening adds only the access-log entry: " + largeOpen);
        assertTrue(largePage == 1 && largeFile <= 10, "bounded: page " + largePage + ", file " + largeFile);
    }
}
