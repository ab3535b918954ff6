package de.nahbar.it.measure;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.ejb.EJB;

import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import de.nahbar.caseload.service.CaseAccessDeniedException;
import de.nahbar.caseload.service.MyDayService;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.support.Deployments;
import de.nahbar.measure.domain.FbwStatus;
import de.nahbar.measure.service.FbwEntry;
import de.nahbar.measure.service.FbwService;
import de.nahbar.measure.service.ParticipationContactTimer;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.RuleViolationException;
import de.nahbar.staff.domain.Role;

/** Further vocational training as a referral to the Agentur: its steps, who may record them, and contact during the course. */
class FbwReferralIT extends ContainerTestCase {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FbwReferralIT.class);
    }

    @EJB
    private TestCases cases;

    @EJB
    private FbwService fbw;

    @EJB
    private ParticipationContactTimer contactRule;

    @EJB
    private MyDayService myDay;

    @Test
    void aReferralMovesStepByStepAndTheCourseKeepsTheCaseworkerInTouch() throws Exception {
        String team = staff.newTeam("Team Weiterbildung");
        String caseworker = staff.newMember(team, Role.CASEWORKER);
        String colleague = staff.newMember(team, Role.CASEWORKER);
        long customer = cases.newCustomer(caseworker, "Lernt", LocalDate.of(1988, 8, 8));
        LocalDate today = JobcenterTime.today();

        long referral =
                as(caseworker, PW, () -> fbw.refer(customer, "Fachkraft für Lagerlogistik", today.minusDays(20)));
        assertThrows(CaseAccessDeniedException.class, () -> as(colleague, PW, () -> fbw.refer(customer, "x", today)));
        assertThrows(CaseAccessDeniedException.class, () -> as(colleague, PW, () -> fbw.ofCase(customer)));
        assertThrows(
                RuleViolationException.class,
                () -> as(caseworker, PW, () -> fbw.advance(referral, 0, FbwStatus.STARTED, today, null, today, null)),
                "no course before the voucher");

        as(
                caseworker,
                PW,
                () -> fbw.advance(referral, 0, FbwStatus.VOUCHER_ISSUED, today.minusDays(10), null, null, null));
        assertThrows(
                ConcurrentChangeException.class,
                () -> as(
                        caseworker,
                        PW,
                        () -> fbw.advance(
                                referral,
                                0,
                                FbwStatus.STARTED,
                                today,
                                "Lagerlogistik, IHK",
                                today,
                                today.plusMonths(10))));
        as(
                caseworker,
                PW,
                () -> fbw.advance(
                        referral,
                        1,
                        FbwStatus.STARTED,
                        today.minusDays(1),
                        "Lagerlogistik, IHK",
                        today.minusDays(1),
                        today.plusMonths(10)));

        FbwEntry entry = as(caseworker, PW, () -> fbw.ofCase(customer)).get(0);
        assertThat(entry.status()).isEqualTo(FbwStatus.STARTED);
        assertThat(entry.course()).isEqualTo("Lagerlogistik, IHK");
        assertThat(entry.steps())
                .extracting(FbwEntry.Step::status)
                .containsExactly(FbwStatus.REFERRED, FbwStatus.VOUCHER_ISSUED, FbwStatus.STARTED);
        assertThat(entry.nextSteps()).containsExactly(FbwStatus.ENDED);

        cases.setLastContact(customer, Instant.now().minus(60, ChronoUnit.DAYS));
        String admin = staff.newMember(null, Role.ADMIN);
        as(admin, PW, () -> contactRule.remindNow());
        assertThat(as(caseworker, PW, () -> myDay.today()).dueFollowUps())
                .extracting(i -> i.customerId(), i -> i.title())
                .contains(Tuple.tuple(customer, "Kontakt halten: Weiterbildung Fachkraft für Lagerlogistik"));
    }
}
