package de.nahbar.it.reach;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.caseload.service.CaseAccessDeniedException;
import de.nahbar.caseload.service.MyDay;
import de.nahbar.caseload.service.MyDayService;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.StatementCount;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.support.Deployments;
import de.nahbar.reach.domain.AppointmentMode;
import de.nahbar.reach.domain.AppointmentOutcome;
import de.nahbar.reach.domain.CallTopic;
import de.nahbar.reach.service.Appointments;
import de.nahbar.reach.service.CallCard;
import de.nahbar.reach.service.CallCardService;
import de.nahbar.reach.service.CallLookupService;
import de.nahbar.reach.service.CallMatch;
import de.nahbar.reach.service.CallService;
import de.nahbar.reach.service.InvitationForm;
import de.nahbar.reach.service.InvitationLetter;
import de.nahbar.reach.service.InvitationService;
import de.nahbar.reach.service.MySettings;
import de.nahbar.reach.service.ReachabilityService;
import de.nahbar.reach.service.ResponsibilityService;
import de.nahbar.reach.service.TrialAggregate;
import de.nahbar.reach.service.TrialDashboard;
import de.nahbar.reach.service.TrialService;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.RuleViolationException;
import de.nahbar.staff.domain.Role;

/**
 * Reachability against the database: settings and trial figures belong to the caseworker alone;
 * callers are found by any way of writing their number but only within the caseload and active
 * deputy periods; invitation letters name the direct dial exactly when the caseworker opted in;
 * callbacks land on Mein Tag and turn overdue; calls are logged with their topic and referral.
 */
class ReachabilityIT extends ContainerTestCase {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ReachabilityIT.class);
    }

    @EJB
    private TestCases cases;

    @EJB
    private ReachabilityService settings;

    @EJB
    private CallLookupService lookup;

    @EJB
    private CallCardService cards;

    @EJB
    private CallService calls;

    @EJB
    private InvitationService invitations;

    @EJB
    private TrialService trials;

    @EJB
    private ResponsibilityService directory;

    @EJB
    private MyDayService myDay;

    @PersistenceUnit
    private EntityManagerFactory emf;

    private String team;
    private String anna;
    private String ben;
    private String lead;
    private String admin;
    private long annasCustomer;
    private long bensCustomer;
    private long outsidersCustomer;
    private String annasPhone;

    @BeforeEach
    void createTeam() {
        team = staff.newTeam("Team Erreichbar");
        anna = staff.newMember(team, Role.CASEWORKER);
        ben = staff.newMember(team, Role.CASEWORKER);
        lead = staff.newMember(team, Role.TEAM_LEAD);
        admin = staff.newMember(null, Role.ADMIN);
        String outsider = staff.newMember(staff.newTeam("Team Anderswo"), Role.CASEWORKER);
        staff.setEmail(anna, anna + "@jobcenter.example");
        LocalDate born = JobcenterTime.today().minusYears(35);
        annasCustomer = cases.newCustomer(anna, "Anrufer", born);
        bensCustomer = cases.newCustomer(ben, "Vertreten", born);
        outsidersCustomer = cases.newCustomer(outsider, "Fremd", born);
        // the same number in three case files: only the caller's own may come back
        String number = "0151 " + (1_000_000 + Math.abs(anna.hashCode() % 8_999_999));
        annasPhone = number;
        cases.setPhone(annasCustomer, number);
        cases.setPhone(bensCustomer, "0345 / 98 76 54 3");
        cases.setPhone(outsidersCustomer, number);
    }

    @Test
    void settingsAreTheCaseworkersOwnAndEveryDecisionIsRecordedWithItsDate() throws Exception {
        MySettings before = as(anna, PW, () -> settings.mine());
        assertThat(before.publishPhone()).isFalse();
        assertThat(before.publishEmail()).isFalse();
        assertThat(before.consents()).isEmpty();

        as(anna, PW, () -> settings.decide(before.version(), "0345 / 7001-1187", true, true, "Mo–Do 8–10 Uhr"));

        MySettings after = as(anna, PW, () -> settings.mine());
        assertThat(after.directDial()).isEqualTo("0345 / 7001-1187");
        assertThat(after.publishPhone()).isTrue();
        assertThat(after.consents()).singleElement().satisfies(c -> {
            assertThat(c.directDial()).isEqualTo("+4934570011187");
            assertThat(c.email()).isTrue();
            assertThat(c.decidedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());
        });
        // a colleague sees their own settings, still off; nobody else may even ask
        assertThat(as(ben, PW, () -> settings.mine()).publishPhone()).isFalse();
        assertThrows(EJBAccessException.class, () -> as(lead, PW, () -> settings.mine()));
        assertThrows(
                EJBAccessException.class, () -> as(admin, PW, () -> settings.decide(0, "0345 1", true, false, null)));
    }

    @Test
    void anInvalidDirectDialIsRefusedAndNothingChanges() throws Exception {
        MySettings before = as(anna, PW, () -> settings.mine());
        assertThrows(
                RuleViolationException.class,
                () -> as(anna, PW, () -> settings.decide(before.version(), "7001-1187", true, false, null)));
        assertThrows(
                RuleViolationException.class,
                () -> as(
                        ben,
                        PW,
                        () -> settings.decide(as(ben, PW, () -> settings.mine()).version(), null, false, true, null)));
        assertThat(as(anna, PW, () -> settings.mine()).consents()).isEmpty();
    }

    @Test
    void callersAreFoundByAnyWayOfWritingTheirNumberButOnlyInTheOwnCaseload() throws Exception {
        String typed = annasPhone;
        String digits = typed.replaceAll("\\D", "").substring(1);
        for (String form : List.of(
                typed,
                "+49 " + digits,
                "0049" + digits,
                "+49 (" + digits.substring(0, 3) + ") " + digits.substring(3),
                digits.substring(0, 3) + "/" + digits.substring(3, 6))) {
            List<CallMatch> found = as(anna, PW, () -> lookup.find(form));
            assertThat(found).as(form).extracting(CallMatch::id).containsExactly(annasCustomer);
        }
        assertThat(as(anna, PW, () -> lookup.byNumber("+49" + digits)))
                .extracting(CallMatch::id)
                .containsExactly(annasCustomer);
        assertThat(as(anna, PW, () -> lookup.find(cases.customerNumber(annasCustomer))))
                .hasSize(1);
        // the foreign customer with the very same number never comes back, not even by customer number
        assertThat(as(anna, PW, () -> lookup.find(cases.customerNumber(outsidersCustomer))))
                .isEmpty();
        assertThat(as(anna, PW, () -> lookup.find("0345 987654"))).isEmpty();
        assertThrows(EJBAccessException.class, () -> as(lead, PW, () -> lookup.find(typed)));
    }

    @Test
    void duringAnActiveDeputyPeriodTheAbsentColleaguesCallersAreFoundToo() throws Exception {
        LocalDate today = JobcenterTime.today();
        cases.newDeputy(ben, anna, today.minusDays(30), today.minusDays(1));
        assertThat(as(anna, PW, () -> lookup.byNumber("+49 345 9876543"))).isEmpty();

        cases.newDeputy(ben, anna, today, today.plusDays(5));
        assertThat(as(anna, PW, () -> lookup.byNumber("0345 9876543")))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.id()).isEqualTo(bensCustomer);
                    assertThat(m.deputised()).isTrue();
                });
    }

    @Test
    void theTelephoneSystemsLookupIsWrittenToTheAccessLogAndRefusesNonNumbers() throws Exception {
        long before = cases.accessLogEntries(anna, annasCustomer);
        as(anna, PW, () -> lookup.byNumber(annasPhone));
        assertEquals(before + 1, cases.accessLogEntries(anna, annasCustomer));
        assertEquals(0, cases.accessLogEntries(anna, outsidersCustomer));
        assertThrows(Exception.class, () -> as(anna, PW, () -> lookup.byNumber("Müller")));
    }

    @Test
    void theCallCardIsLoggedAndShowsTheLastThreeContactsAndWhatIsOpen() throws Exception {
        cases.addContactsAndNotes(annasCustomer, 5);
        long callback = as(
                anna,
                PW,
                () -> calls.scheduleCallback(
                        annasCustomer, "Rückruf wegen Bescheid", Instant.now().plus(2, ChronoUnit.HOURS)));
        long before = cases.accessLogEntries(anna, annasCustomer);

        CallCard card = as(anna, PW, () -> cards.open(annasCustomer));

        assertEquals(before + 1, cases.accessLogEntries(anna, annasCustomer));
        assertThat(card.lastContacts())
                .hasSize(3)
                .extracting(CallCard.RecentContact::topic)
                .containsExactly("Gespräch 0", "Gespräch 1", "Gespräch 2");
        assertThat(card.openItems()).extracting(CallCard.OpenItem::followUpId).contains(callback);
        assertThrows(CaseAccessDeniedException.class, () -> as(anna, PW, () -> cards.open(outsidersCustomer)));
    }

    @Test
    void aCallIsLoggedWithItsTopicAndNotMyResponsibilityNeedsAReferral() throws Exception {
        long id = as(
                admin,
                PW,
                () -> directory.save(
                        null, 0, "Miete " + anna, "Mietberatung", "0345 221-4040", null, "Di 9–12 Uhr", null));
        assertThrows(
                RuleViolationException.class,
                () -> as(anna, PW, () -> {
                    calls.logCall(annasCustomer, CallTopic.NOT_RESPONSIBLE, 4, null, null);
                    return null;
                }));
        as(anna, PW, () -> {
            calls.logCall(annasCustomer, CallTopic.NOT_RESPONSIBLE, 4, "Frage zur Mietschuld", id);
            return null;
        });
        CallCard card = as(anna, PW, () -> cards.open(annasCustomer));
        assertThat(card.lastContacts()).first().satisfies(k -> {
            assertThat(k.topic()).isEqualTo("Anruf: nicht zuständig, weiterverwiesen");
            assertThat(k.note()).isEqualTo("Frage zur Mietschuld");
        });
        assertThat(cases.sqlString(
                        "select referred_to from contact where customer_id = ?1 and call_topic = 'NOT_RESPONSIBLE'",
                        annasCustomer))
                .isEqualTo("Miete " + anna + ": Mietberatung, Tel. 0345 221-4040");
        assertThrows(
                CaseAccessDeniedException.class,
                () -> as(anna, PW, () -> {
                    calls.logCall(outsidersCustomer, CallTopic.OWN_MATTER, 4, null, null);
                    return null;
                }));
    }

    @Test
    void aCallbackLandsOnMeinTagTurnsOverdueWhenTheWindowClosesAndIsDoneWithANote() throws Exception {
        long id = as(
                anna,
                PW,
                () -> calls.scheduleCallback(
                        annasCustomer, "Rückruf zur Bewerbung", Instant.now().plus(48, ChronoUnit.HOURS)));
        MyDay.Item open = callback(id);
        assertThat(open.overdue()).isFalse();
        assertThat(open.dueAt()).isNotNull();

        cases.sql(
                "update follow_up set due_at = ?1 where id = ?2", Instant.now().minusSeconds(60), id);
        assertThat(callback(id).overdue()).isTrue();

        as(anna, PW, () -> {
            calls.completeCallback(id, callback(id).version(), "Erreicht, Termin vereinbart");
            return null;
        });
        assertThat(as(anna, PW, () -> myDay.today()).dueCallbacks())
                .extracting(MyDay.Item::followUpId)
                .doesNotContain(id);
        assertThat(cases.sqlString("select done_note from follow_up where id = ?1", id))
                .isEqualTo("Erreicht, Termin vereinbart");
        assertThrows(
                RuleViolationException.class,
                () -> as(
                        anna,
                        PW,
                        () -> calls.scheduleCallback(
                                annasCustomer, "zu spät", Instant.now().minusSeconds(60))));
    }

    private MyDay.Item callback(long id) throws Exception {
        return as(anna, PW, () -> myDay.today()).dueCallbacks().stream()
                .filter(i -> i.followUpId() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theInvitationLetterNamesTheDirectDialExactlyWhenTheCaseworkerOptedIn() throws Exception {
        InvitationForm form = new InvitationForm(
                LocalDateTime.now(JobcenterTime.ZONE)
                        .plusDays(7)
                        .withHour(9)
                        .withMinute(30)
                        .withSecond(0)
                        .withNano(0),
                AppointmentMode.IN_PERSON,
                "Raum 2.14",
                "Wie geht es weiter?",
                "Lebenslauf");
        assertThrows(
                RuleViolationException.class,
                () -> as(anna, PW, () -> invitations.invite(annasCustomer, form, l -> pdf())));
        cases.setAddress(annasCustomer);

        List<InvitationLetter> rendered = new ArrayList<>();
        long first = as(
                anna,
                PW,
                () -> invitations.invite(annasCustomer, form, l -> {
                    rendered.add(l);
                    return pdf();
                }));
        MySettings mine = as(anna, PW, () -> settings.mine());
        as(anna, PW, () -> settings.decide(mine.version(), "0345 7001-1187", true, false, "Di 9–11 Uhr"));
        as(
                anna,
                PW,
                () -> invitations.invite(annasCustomer, form, l -> {
                    rendered.add(l);
                    return pdf();
                }));

        assertThat(rendered.get(0).directDial()).isNull();
        assertThat(rendered.get(0).email()).isNull();
        assertThat(rendered.get(1).directDial()).isEqualTo("0345 7001-1187");
        assertThat(rendered.get(1).phoneHours()).isEqualTo("Di 9–11 Uhr");
        assertThat(rendered.get(1).email()).isNull();
        assertThat(rendered.get(1).postalCodeAndCity()).isEqualTo("06108 Musterstadt");

        assertThat(as(anna, PW, () -> invitations.letter(first)).pdf()).isEqualTo(pdf());
        Appointments appointments = as(anna, PW, () -> invitations.of(annasCustomer));
        assertThat(appointments.rows())
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.letterId()).isNotNull());
        assertThat(as(anna, PW, () -> cards.open(annasCustomer)).lastContacts())
                .first()
                .satisfies(k -> assertThat(k.topic()).startsWith("Einladung zum Termin am"));
        assertThrows(CaseAccessDeniedException.class, () -> as(anna, PW, () -> invitations.of(outsidersCustomer)));
        assertThrows(CaseAccessDeniedException.class, () -> as(ben, PW, () -> invitations.letter(first)));
    }

    @Test
    void missedAppointmentsAreCountedInARowAndAHearingIsDocumentedNothingElse() throws Exception {
        cases.setAddress(annasCustomer);
        for (int i = 0; i < 3; i++) {
            InvitationForm form = new InvitationForm(
                    LocalDateTime.now(JobcenterTime.ZONE)
                            .plusDays(1 + i)
                            .withSecond(0)
                            .withNano(0),
                    AppointmentMode.PHONE,
                    null,
                    "Gespräch " + i,
                    null);
            as(anna, PW, () -> invitations.invite(annasCustomer, form, l -> pdf()));
        }
        cases.sql(
                "update appointment set starts_at = starts_at - interval '10 days' where customer_id = ?1",
                annasCustomer);
        List<Appointments.Row> rows =
                as(anna, PW, () -> invitations.of(annasCustomer)).rows();
        // oldest attended, then two missed; the second missed with a hearing offered
        record(rows.get(2), AppointmentOutcome.ATTENDED, false);
        record(rows.get(1), AppointmentOutcome.MISSED_WITHOUT_REASON, false);
        assertThrows(RuleViolationException.class, () -> record(rows.get(0), AppointmentOutcome.ATTENDED, true));
        record(rows.get(0), AppointmentOutcome.MISSED_WITH_REASON, true);

        Appointments after = as(anna, PW, () -> invitations.of(annasCustomer));
        assertEquals(2, after.consecutiveMissed());
        assertThat(after.hearingOffered()).isTrue();
        CallCard card = as(anna, PW, () -> cards.open(annasCustomer));
        assertEquals(2, card.consecutiveMissed());
        assertThat(card.hearingOfferedOn()).isEqualTo(JobcenterTime.today());
        // each outcome is in the contact journal, dated on the appointment
        assertThat(cases.sqlString(
                        "select count(*) from contact where customer_id = ?1 and channel = 'APPOINTMENT'",
                        annasCustomer))
                .isEqualTo("3");
        assertThat(cases.sqlString(
                        "select count(*) from contact where customer_id = ?1 and topic like ?2",
                        annasCustomer,
                        "%persönliche Anhörung angeboten"))
                .isEqualTo("1");
        assertThrows(
                RuleViolationException.class,
                () -> record(
                        as(anna, PW, () -> invitations.of(annasCustomer)).rows().get(0),
                        AppointmentOutcome.ATTENDED,
                        false));
    }

    private void record(Appointments.Row row, AppointmentOutcome outcome, boolean hearing) throws Exception {
        as(anna, PW, () -> {
            invitations.recordOutcome(row.id(), row.version(), outcome, null, hearing);
            return null;
        });
    }

    @Test
    void trialFiguresAreExactAndTheCaseworkersAlone() throws Exception {
        MySettings mine = as(anna, PW, () -> settings.mine());
        as(anna, PW, () -> settings.decide(mine.version(), "0345 7001-1187", false, false, null));
        as(anna, PW, () -> {
            trials.start(6);
            return null;
        });
        assertThat(as(anna, PW, () -> settings.mine())).satisfies(s -> {
            assertThat(s.publishPhone()).isTrue();
            assertThat(s.publishEmail()).isTrue();
        });
        long referral = as(
                admin,
                PW,
                () -> directory.save(null, 0, "Kindergeld " + anna, "Familienkasse", null, null, null, null));
        as(anna, PW, () -> {
            calls.logCall(annasCustomer, CallTopic.OWN_MATTER, 10, null, null);
            calls.logCall(annasCustomer, CallTopic.NOT_RESPONSIBLE, 4, null, referral);
            calls.logCall(annasCustomer, CallTopic.COMPLAINT, null, null, null);
            return null;
        });
        long kept = as(
                anna,
                PW,
                () -> calls.scheduleCallback(
                        annasCustomer, "pünktlich", Instant.now().plusSeconds(3600)));
        long missed = as(
                anna,
                PW,
                () -> calls.scheduleCallback(
                        annasCustomer, "verpasst", Instant.now().plusSeconds(3600)));
        // two weeks from a Monday, ended on the second Friday: ten working days
        LocalDate monday = JobcenterTime.today().minusDays(21).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        cases.sql(
                "update reachability_trial set started_on = ?1, ended_on = ?2 where staff_member_id ="
                        + " (select id from staff_member where username = ?3)",
                monday,
                monday.plusDays(11),
                anna);
        moveCall("OWN_MATTER", monday.plusDays(0));
        moveCall("NOT_RESPONSIBLE", monday.plusDays(1));
        moveCall("COMPLAINT", monday.plusDays(5));
        Instant due = JobcenterTime.startOf(monday.plusDays(2)).plus(12, ChronoUnit.HOURS);
        cases.sql(
                "update follow_up set due_at = ?1, due_on = ?2, done_at = ?3, done_by = ?4 where id = ?5",
                due,
                monday.plusDays(2),
                due.minusSeconds(600),
                anna,
                kept);
        cases.sql("update follow_up set due_at = ?1, due_on = ?2 where id = ?3", due, monday.plusDays(2), missed);

        TrialDashboard dashboard = as(anna, PW, () -> trials.mine());

        assertThat(dashboard.trial().running()).isFalse();
        var f = dashboard.figures();
        assertEquals(3, f.calls());
        assertEquals(10, f.workingDays());
        assertEquals(0.3, f.callsPerWorkingDay(), 1e-9);
        assertEquals(7.0, f.averageMinutes(), 1e-9);
        assertEquals(100.0 / 3, f.notResponsiblePercent(), 1e-9);
        assertEquals(2, f.callbacksDue());
        assertEquals(1, f.callbacksOnTime());
        assertThat(f.weeks()).extracting(w -> w.calls()).containsExactly(3, 0);

        // nobody else sees them: a colleague has no trial, a team lead may not ask
        assertThat(as(ben, PW, () -> trials.mine()).trial()).isNull();
        assertThrows(EJBAccessException.class, () -> as(lead, PW, () -> trials.mine()));
        assertThrows(EJBAccessException.class, () -> as(anna, PW, () -> trials.teamAggregate()));
    }

    private void moveCall(String topic, LocalDate day) {
        cases.sql(
                "update contact set occurred_at = ?1 where customer_id = ?2 and call_topic = ?3",
                JobcenterTime.startOf(day).plus(9, ChronoUnit.HOURS),
                annasCustomer,
                topic);
    }

    @Test
    void theTeamLeadSeesAPooledAggregateOnlyWhenAtLeastThreeShare() throws Exception {
        String carla = staff.newMember(team, Role.CASEWORKER);
        List<String> sharing = List.of(anna, ben, carla);
        for (String cw : sharing) {
            MySettings mine = as(cw, PW, () -> settings.mine());
            as(
                    cw,
                    PW,
                    () -> settings.decide(
                            mine.version(), "0345 7001-" + (1000 + sharing.indexOf(cw)), true, false, null));
        }
        staff.setEmail(ben, ben + "@jobcenter.example");
        staff.setEmail(carla, carla + "@jobcenter.example");
        long c2 = cases.newCustomer(ben, "Zwei", JobcenterTime.today().minusYears(30));
        for (String cw : sharing) {
            as(cw, PW, () -> {
                trials.start(6);
                return null;
            });
        }
        as(anna, PW, () -> {
            calls.logCall(annasCustomer, CallTopic.OWN_MATTER, 6, null, null);
            calls.logCall(annasCustomer, CallTopic.OWN_MATTER, 10, null, null);
            return null;
        });
        as(ben, PW, () -> {
            calls.logCall(c2, CallTopic.ENCOURAGEMENT, 20, null, null);
            return null;
        });
        share(anna);
        share(ben);
        TrialAggregate two = as(lead, PW, () -> trials.teamAggregate());
        assertEquals(2, two.participants());
        assertThat(two.shown()).isFalse();
        assertThat(two.pooled()).isNull();

        share(carla);
        TrialAggregate three = as(lead, PW, () -> trials.teamAggregate());
        assertThat(three.shown()).isTrue();
        assertEquals(3, three.participants());
        assertEquals(3, three.pooled().calls());
        assertEquals(12.0, three.pooled().averageMinutes(), 1e-9);
        assertThat(three.pooled().months()).isEmpty();
        assertThat(three.pooled().weeks()).hasSize(1);

        // the same statements for a fourth who shares: no queries per person
        long forThree = StatementCount.of(emf, () -> as(lead, PW, () -> trials.teamAggregate()));
        String dora = staff.newMember(team, Role.CASEWORKER);
        MySettings doras = as(dora, PW, () -> settings.mine());
        as(dora, PW, () -> settings.decide(doras.version(), "0345 7001-1009", true, false, null));
        as(dora, PW, () -> {
            trials.start(6);
            return null;
        });
        share(dora);
        assertEquals(4, as(lead, PW, () -> trials.teamAggregate()).participants());
        assertEquals(forThree, StatementCount.of(emf, () -> as(lead, PW, () -> trials.teamAggregate())));
    }

    private void share(String cw) throws Exception {
        as(cw, PW, () -> {
            trials.share(trials.mine().trial().version(), true);
            return null;
        });
    }

    @Test
    void onlyAdministratorsKeepTheResponsibilityDirectoryEveryoneOnStaffReadsIt() throws Exception {
        String topic = "Suchtberatung " + anna;
        assertThrows(
                EJBAccessException.class,
                () -> as(anna, PW, () -> directory.save(null, 0, topic, "Beratungsstelle", null, null, null, null)));
        assertThrows(
                EJBAccessException.class,
                () -> as(lead, PW, () -> directory.save(null, 0, topic, "Beratungsstelle", null, null, null, null)));
        long id = as(
                admin,
                PW,
                () -> directory.save(null, 0, topic, "Beratungsstelle", "0345 690-2233", null, null, "Auch anonym"));
        assertThrows(
                RuleViolationException.class,
                () -> as(
                        admin,
                        PW,
                        () -> directory.save(null, 0, topic.toUpperCase(), "Doppelt", null, null, null, null)));
        assertThrows(
                RuleViolationException.class,
                () -> as(
                        admin,
                        PW,
                        () -> directory.save(null, 0, "Anderes " + anna, "Stelle", "Telefon folgt", null, null, null)));
        assertThat(as(lead, PW, () -> directory.search(anna))).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.note()).isEqualTo("Auch anonym");
        });
        assertThrows(
                EJBAccessException.class,
                () -> as(anna, PW, () -> {
                    directory.remove(id);
                    return null;
                }));
        as(admin, PW, () -> {
            directory.remove(id);
            return null;
        });
        assertThat(as(anna, PW, () -> directory.search(anna))).isEmpty();
    }

    private static byte[] pdf() {
        return "%PDF-1.7\n% Testbrief\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    }
}
