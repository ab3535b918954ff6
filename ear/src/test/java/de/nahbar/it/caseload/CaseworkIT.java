package de.nahbar.it.caseload;

import static de.nahbar.it.fixtures.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.caseload.domain.AvailabilityReasonKind;
import de.nahbar.caseload.domain.ContactChannel;
import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.caseload.domain.MandateStatus;
import de.nahbar.caseload.domain.SupportMode;
import de.nahbar.caseload.service.CaseFile;
import de.nahbar.caseload.service.CaseFileService;
import de.nahbar.caseload.service.CaseworkService;
import de.nahbar.caseload.service.MyDay;
import de.nahbar.caseload.service.MyDayService;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.support.Deployments;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.RuleViolationException;
import de.nahbar.staff.domain.Role;

/** The caseworker's changes to a case on PostgreSQL: append-only notes, optimistic locking, derived dates. */
class CaseworkIT extends ContainerTestCase {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CaseworkIT.class);
    }

    @EJB
    private TestCases cases;

    @EJB
    private CaseFileService files;

    @EJB
    private CaseworkService casework;

    @EJB
    private MyDayService myDay;

    private String me;
    private long customer;

    @BeforeEach
    void createCase() {
        me = staff.newMember(staff.newTeam("Team Nord"), Role.CASEWORKER);
        customer = cases.newCustomer(me, "Nowak", LocalDate.of(1979, 8, 30));
    }

    private CaseFile reload() throws Exception {
        return as(me, PW, () -> files.reload(customer));
    }

    @Test
    void correctionIsANewNoteAndTheOriginalStays() throws Exception {
        as(me, PW, () -> casework.addNote(customer, "Termin am 3.11. vereinbart"));
        long original = reload().notes().get(0).id();

        as(me, PW, () -> casework.correctNote(original, "Richtig ist: Termin am 4.11."));

        CaseFile file = reload();
        assertEquals(2, file.notes().size());
        CaseFile.Note correction = file.notes().get(0);
        CaseFile.Note kept = file.notes().get(1);
        assertEquals(original, correction.correctsId());
        assertEquals("Termin am 3.11. vereinbart", kept.text());
        assertEquals(correction.id(), kept.correctedById());
    }

    @Test
    void secondSaveOfTheSameVersionIsRefusedAndNothingIsOverwritten() throws Exception {
        long loaded = reload().summary().version();
        as(
                me,
                PW,
                () -> casework.changeMasterData(
                        customer, loaded, "Jana", "Nowak", LocalDate.of(1979, 8, 30), "030 1234567", null));

        assertThrows(
                ConcurrentChangeException.class,
                () -> as(
                        me,
                        PW,
                        () -> casework.changeMasterData(
                                customer, loaded, "Johanna", "Nowak", LocalDate.of(1979, 8, 30), "030 7654321", null)));

        CaseFile.Summary summary = reload().summary();
        assertEquals("Jana", summary.firstName());
        assertEquals("030 1234567", summary.phone());
    }

    @Test
    void invalidInputIsRefusedWithoutStoringHalf() throws Exception {
        long loaded = reload().summary().version();
        assertThrows(
                RuleViolationException.class,
                () -> as(
                        me,
                        PW,
                        () -> casework.changeMasterData(
                                customer, loaded, "Jana", "Nowak", LocalDate.of(1979, 8, 30), "ruf mich an", null)));
        assertThrows(
                RuleViolationException.class,
                () -> as(
                        me,
                        PW,
                        () -> casework.addAvailabilityReason(
                                customer,
                                AvailabilityReasonKind.CHILDCARE,
                                null,
                                LocalDate.of(2026, 5, 1),
                                LocalDate.of(2026, 4, 1))));

        CaseFile file = reload();
        assertEquals("Testkunde", file.summary().firstName());
        assertNull(file.summary().phone());
        assertTrue(file.reasons().isEmpty());
        assertEquals(loaded, file.summary().version());
    }

    @Test
    void loggingAContactMovesLastContactButNotTheVersion() throws Exception {
        long version = reload().summary().version();
        Instant recent = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        as(me, PW, () -> casework.logContact(customer, ContactChannel.PHONE_IN, recent, 8, "Frage zum Termin", null));
        as(
                me,
                PW,
                () -> casework.logContact(
                        customer,
                        ContactChannel.EMAIL,
                        recent.minus(10, ChronoUnit.DAYS),
                        null,
                        "Nachgetragene E-Mail",
                        null));

        CaseFile file = reload();
        assertEquals(recent, file.summary().lastContactAt());
        assertEquals(2, file.contacts().size());
        assertEquals(version, file.summary().version(), "a logged call must not make an open form stale");
        RuleViolationException later = assertThrows(
                RuleViolationException.class,
                () -> as(
                        me,
                        PW,
                        () -> casework.logContact(
                                customer,
                                ContactChannel.VISIT,
                                Instant.now().plus(2, ChronoUnit.HOURS),
                                5,
                                "Später heute",
                                null)));
        assertEquals("occurredAt", later.field(), "told at the form's time field");
        assertEquals("case.contact.notLater", later.messageKey());
        assertEquals(2, reload().contacts().size(), "nothing saved");
    }

    @Test
    void followUpsAreDueOverdueAndDoneAndShowOnMyDay() throws Exception {
        LocalDate today = JobcenterTime.today();
        RuleViolationException past = assertThrows(
                RuleViolationException.class,
                () -> as(
                        me,
                        PW,
                        () -> casework.addFollowUp(
                                customer, FollowUpKind.FOLLOW_UP, "Unterlagen prüfen", today.minusDays(2))));
        assertEquals("dueOn", past.field(), "a day gone by is refused at its field, not saved overdue");
        cases.addOverdue(customer, FollowUpKind.FOLLOW_UP, 1, 2);
        as(
                me,
                PW,
                () -> casework.addFollowUp(
                        customer, FollowUpKind.COMMITMENT, "Bescheinigung schicken", today.plusDays(3)));

        MyDay day = as(me, PW, myDay::today);
        assertEquals(1, day.dueFollowUps().size());
        assertTrue(day.dueFollowUps().get(0).overdue());
        assertEquals("Bescheinigung schicken", day.openCommitments().get(0).title());

        CaseFile.FollowUpEntry overdue = reload().followUps().get(0);
        as(me, PW, () -> casework.completeFollowUp(overdue.id(), overdue.version()));
        assertThrows(
                ConcurrentChangeException.class,
                () -> as(me, PW, () -> casework.completeFollowUp(overdue.id(), overdue.version())));

        assertTrue(as(me, PW, myDay::today).dueFollowUps().isEmpty());
        assertEquals(1, reload().openFollowUps());
    }

    @Test
    void callbacksDueByTodayShowOnMyDayWithThePhoneNumberUntilDone() throws Exception {
        LocalDate today = JobcenterTime.today();
        long v = reload().summary().version();
        as(
                me,
                PW,
                () -> casework.changeMasterData(
                        customer, v, "Jana", "Nowak", LocalDate.of(1979, 8, 30), "030 5550123", null));
        as(me, PW, () -> casework.addFollowUp(customer, FollowUpKind.CALLBACK, "Frage zum Bescheid", today));
        as(
                me,
                PW,
                () -> casework.addFollowUp(customer, FollowUpKind.CALLBACK, "Termin verschieben", today.plusDays(1)));

        MyDay day = as(me, PW, myDay::today);
        assertEquals(
                List.of("Frage zum Bescheid"),
                day.dueCallbacks().stream().map(MyDay.Item::title).toList());
        assertEquals("030 5550123", day.dueCallbacks().get(0).phone());
        assertFalse(day.dueCallbacks().get(0).overdue(), "due today is not overdue yet");
        assertTrue(day.dueFollowUps().isEmpty(), "a callback is not a follow-up");

        CaseFile.FollowUpEntry due = reload().followUps().stream()
                .filter(f -> f.title().equals("Frage zum Bescheid"))
                .findFirst()
                .orElseThrow();
        as(me, PW, () -> casework.completeFollowUp(due.id(), due.version()));
        assertTrue(as(me, PW, myDay::today).dueCallbacks().isEmpty());
    }

    @Test
    void aBacklogOfFollowUpsNeverHidesTodaysCallback() throws Exception {
        LocalDate today = JobcenterTime.today();
        cases.addOverdue(customer, FollowUpKind.FOLLOW_UP, 250, 30);
        as(me, PW, () -> casework.addFollowUp(customer, FollowUpKind.CALLBACK, "Rückruf trotz Rückstand", today));

        MyDay day = as(me, PW, myDay::today);
        assertEquals(
                List.of("Rückruf trotz Rückstand"),
                day.dueCallbacks().stream().map(MyDay.Item::title).toList());
        assertFalse(day.dueFollowUps().isEmpty());
    }

    @Test
    void supportModeHistoryAndMandateKeepDatesReasonsAndWords() throws Exception {
        long v = reload().summary().version();
        long v2 = as(
                me,
                PW,
                () -> casework.changeSupportMode(
                        customer, v, SupportMode.ACTIVE, LocalDate.now(), "Möchte eine Ausbildung beginnen"));
        as(
                me,
                PW,
                () -> casework.clarifyMandate(
                        customer, v2, MandateStatus.GIVEN, LocalDate.now(), "Ich will wieder als Köchin arbeiten."));

        CaseFile file = reload();
        assertEquals(SupportMode.ACTIVE, file.summary().supportMode());
        assertEquals(
                "Möchte eine Ausbildung beginnen",
                file.supportModeHistory().get(0).reason());
        assertEquals(me, file.supportModeHistory().get(0).changedBy());
        assertEquals("Ich will wieder als Köchin arbeiten.", file.summary().mandateGoals());
    }

    @Test
    void futureSupportModeChangeAndUndatedMandateAreRefusedByTheService() throws Exception {
        long v = reload().summary().version();
        assertThrows(
                RuleViolationException.class,
                () -> as(
                        me,
                        PW,
                        () -> casework.changeSupportMode(
                                customer, v, SupportMode.ACTIVE, LocalDate.now().plusDays(30), "Plan für später")));
        assertThrows(
                RuleViolationException.class,
                () -> as(me, PW, () -> casework.clarifyMandate(customer, v, MandateStatus.GIVEN, null, "Ohne Datum")));

        CaseFile file = reload();
        assertEquals(SupportMode.OBSERVING, file.summary().supportMode());
        assertTrue(file.supportModeHistory().isEmpty());
        assertEquals(MandateStatus.OPEN, file.summary().mandateStatus());
    }

    @Test
    void cooperationPlanVersionsStayReadableAndTheReviewBecomesAFollowUp() throws Exception {
        LocalDate today = LocalDate.now();
        as(
                me,
                PW,
                () -> casework.agreeCooperationPlan(
                        customer,
                        "Ausbildung Köchin",
                        "Bewerbungen schreiben",
                        "Stellen vorschlagen",
                        today.minusDays(30),
                        today.plusDays(60)));
        as(
                me,
                PW,
                () -> casework.agreeCooperationPlan(
                        customer,
                        "Ausbildung Köchin",
                        "Probearbeiten",
                        "Fahrtkosten klären",
                        today,
                        today.plusDays(90)));

        CaseFile file = reload();
        assertEquals(2, file.plans().size());
        assertEquals(2, file.currentPlan().versionNo());
        assertEquals("Bewerbungen schreiben", file.plans().get(1).customerSteps());
        assertNotNull(file.followUps().stream()
                .filter(f -> f.dueOn().equals(today.plusDays(90)))
                .findFirst()
                .orElse(null));
    }
}
