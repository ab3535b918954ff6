package de.nahbar.it.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;

import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.wildfly.security.auth.server.SecurityIdentity;

import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.Identities;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.fixtures.TestMeasures;
import de.nahbar.it.fixtures.TestStaff;
import de.nahbar.it.support.Deployments;
import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.measure.domain.TargetGroup;
import de.nahbar.measure.service.NoFreePlaceException;
import de.nahbar.measure.service.PlacementService;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.Role;

/**
 * Places are never overbooked (docs/design.md §5): 60 reservations fired at once at the last three
 * places of one entry date, each in its own transaction and thread. Exactly three succeed, every
 * other gets "kein freier Platz", and the database's counts agree.
 */
class PlacementConcurrencyIT extends ContainerTestCase {

    private static final int PLACES = 3;
    private static final int CLIENTS = 60;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(PlacementConcurrencyIT.class);
    }

    @EJB
    private TestCases cases;

    @EJB
    private TestMeasures measures;

    @EJB
    private PlacementService placements;

    @Test
    void concurrentReservationsForTheLastPlacesNeverOverbook() throws Exception {
        String team = staff.newTeam("Team Ansturm");
        String coordinator = staff.newMember(team, Role.MEASURE_COORDINATOR);
        List<String> caseworkers = List.of(
                staff.newMember(team, Role.CASEWORKER),
                staff.newMember(team, Role.CASEWORKER),
                staff.newMember(team, Role.CASEWORKER));
        long measure =
                measures.newMeasure(coordinator, null, LegalBasis.SGB3_45, TargetGroup.ALL, EntryMode.FIXED_DATES);
        long entry = measures.newEntryDate(measure, JobcenterTime.today().plusDays(7), PLACES);
        List<SecurityIdentity> identities = new ArrayList<>();
        for (String caseworker : caseworkers) {
            identities.add(Identities.login(caseworker, TestStaff.PASSWORD));
        }
        List<Long> consents = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            long customer =
                    cases.newCustomer(caseworkers.get(i % caseworkers.size()), "Ansturm" + i, LocalDate.of(1990, 1, 1));
            consents.add(measures.consent(customer, measure));
        }

        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger reserved = new AtomicInteger();
        AtomicInteger full = new AtomicInteger();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            SecurityIdentity identity = identities.get(i % identities.size());
            long consent = consents.get(i);
            calls.add(executor.submit(() -> {
                start.await();
                try {
                    identity.runAs((Callable<Long>) () -> placements.reserve(consent, entry));
                    reserved.incrementAndGet();
                } catch (NoFreePlaceException e) {
                    full.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        List<Throwable> unexpected = new ArrayList<>();
        for (Future<?> call : calls) {
            try {
                call.get(120, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                unexpected.add(e.getCause());
            }
        }

        assertThat(unexpected).as("no other failure than 'kein freier Platz'").isEmpty();
        assertEquals(PLACES, reserved.get());
        assertEquals(CLIENTS - PLACES, full.get());
        assertEquals(PLACES, measures.taken(entry));
        assertEquals(PLACES, measures.placements(entry, PlacementStatus.RESERVED));
    }
}
