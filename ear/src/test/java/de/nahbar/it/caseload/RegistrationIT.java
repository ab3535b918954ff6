package de.nahbar.it.caseload;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.caseload.domain.ExitReason;
import de.nahbar.caseload.service.CaseExitService;
import de.nahbar.caseload.service.CaseFile;
import de.nahbar.caseload.service.CaseFileService;
import de.nahbar.caseload.service.ColleagueOption;
import de.nahbar.caseload.service.CustomerRegistrationService;
import de.nahbar.caseload.service.PossibleDuplicate;
import de.nahbar.caseload.service.Registration;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.support.Deployments;
import de.nahbar.reach.service.CallLookupService;
import de.nahbar.reach.service.CallMatch;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.RuleViolationException;
import de.nahbar.staff.domain.Role;

/**
 * A customer registered by hand: possible duplicates (number, name and birth date, phone) are
 * shown before saving, a known number is refused at its field, the case goes to a caseworker of
 * the caller's own team only, and nobody else registers.
 */
class RegistrationIT extends ContainerTestCase {

    private static final LocalDate BORN = LocalDate.of(1991, 7, 14);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(RegistrationIT.class);
    }

    @EJB
    private CustomerRegistrationService registrations;

    @EJB
    private TestCases cases;

    @EJB
    private CaseExitService exits;

    @EJB
    private CaseFileService caseFiles;

    @EJB
    private CallLookupService lookup;

    private String team;
    private String caseworker;
    private String colleague;
    private String lead;

    @BeforeEach
    void aTeam() {
        team = staff.newTeam("Team Aufnahme");
        caseworker = staff.newMember(team, Role.CASEWORKER);
        colleague = staff.newMember(team, Role.CASEWORKER);
        lead = staff.newMember(team, Role.TEAM_LEAD);
        long unique = System.nanoTime() % 100_000_000;
        surname = "Neuhaus" + unique;
        phone = String.format("+49 151 %08d", unique);
    }

    /** Who is registered in this test: a surname and phone no other test's customer has. */
    private String surname;

    private String phone;

    private Registration person(String number, String caseworker) {
        return new Registration(
                number,
                "Mira",
                surname,
                BORN,
                phone,
                "mira.neuhaus@example.org",
                "Lindenweg 2",
                "12345",
                "Musterstadt",
                null,
                caseworker);
    }

    @Test
    void aCaseworkerRegistersAWalkInForHerselfAndTheCaseIsHersWithWhoDidIt() throws Exception {
        String number = TestCases.newCustomerNumber();
        assertThat(as(caseworker, PW, () -> registrations.caseworkers()))
                .first()
                .extracting(ColleagueOption::username)
                .as("the caller first")
                .isEqualTo(caseworker);
        assertThat(as(caseworker, PW, () -> registrations.possibleDuplicates(person(number, caseworker))))
                .isEmpty();

        long id = as(caseworker, PW, () -> registrations.register(person(number.toLowerCase(), caseworker), Set.of()));

        assertThat(cases.caseworkerOf(id)).isEqualTo(caseworker);
        assertThat(cases.customerNumber(id)).isEqualTo(number);
        assertThat(cases.sqlString("select registered_by from customer where id = ?", id))
                .isEqualTo(caseworker);
        assertThat(cases.sqlString("select postal_code || ' ' || city from customer where id = ?", id))
                .isEqualTo("12345 Musterstadt");
    }

    @Test
    void possibleDuplicatesAreShownByNumberNameAndBirthDateOrPhoneAndAKnownNumberIsRefused() throws Exception {
        String number = TestCases.newCustomerNumber();
        as(caseworker, PW, () -> registrations.register(person(number, caseworker), Set.of()));

        String other = TestCases.newCustomerNumber();
        Registration sameNameAndBirth = new Registration(
                other, "mira", surname.toUpperCase(), BORN, null, null, null, null, null, null, colleague);
        assertThat(as(colleague, PW, () -> registrations.possibleDuplicates(sameNameAndBirth)))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.customerNumber()).isEqualTo(number);
                    assertThat(d.match()).isEqualTo(PossibleDuplicate.Match.NAME_AND_BIRTH_DATE);
                });
        Registration samePhone = new Registration(
                other,
                "Jonas",
                "Berg",
                LocalDate.of(1980, 1, 1),
                person(number, null).phone(),
                null,
                null,
                null,
                null,
                null,
                colleague);
        assertThat(as(colleague, PW, () -> registrations.possibleDuplicates(samePhone)))
                .extracting(PossibleDuplicate::match)
                .containsExactly(PossibleDuplicate.Match.PHONE);

        assertThatThrownBy(() -> as(colleague, PW, () -> registrations.register(person(number, colleague), Set.of())))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("customerNumber");
                    assertThat(e.messageKey()).isEqualTo("registration.numberTaken");
                });
        assertThat(cases.sqlString("select count(*) from customer where customer_number = ?", number))
                .isEqualTo("1");
    }

    @Test
    void aTeamLeadRegistersForACaseworkerOfTheTeamButNeverForAnotherTeam() throws Exception {
        String stranger = staff.newMember(staff.newTeam("Team Fremd"), Role.CASEWORKER);
        long id =
                as(lead, PW, () -> registrations.register(person(TestCases.newCustomerNumber(), colleague), Set.of()));
        assertThat(cases.caseworkerOf(id)).isEqualTo(colleague);

        String number = TestCases.newCustomerNumber();
        assertThatThrownBy(() -> as(lead, PW, () -> registrations.register(person(number, stranger), Set.of())))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("caseworker"));
        assertThatThrownBy(() -> as(caseworker, PW, () -> registrations.register(person(number, stranger), Set.of())))
                .isInstanceOf(RuleViolationException.class);
        assertThat(cases.sqlString("select count(*) from customer where customer_number = ?", number))
                .isEqualTo("0");
    }

    @Test
    void aCustomerWhoComesBackReopensTheSameCaseWithItsHistoryForTheNewCaseworker() throws Exception {
        String number = TestCases.newCustomerNumber();
        long id = as(caseworker, PW, () -> registrations.register(person(number, caseworker), Set.of()));
        cases.addContactsAndNotes(id, 2);
        long version = Long.parseLong(cases.sqlString("select version from customer where id = ?", id));
        as(caseworker, PW, () -> exits.close(id, version, JobcenterTime.today(), ExitReason.WORK));

        assertThat(as(colleague, PW, () -> registrations.possibleDuplicates(person(number, colleague))))
                .filteredOn(d -> d.match() == PossibleDuplicate.Match.CUSTOMER_NUMBER)
                .singleElement()
                .satisfies(d -> assertThat(d.closedOn()).isEqualTo(JobcenterTime.today()));
        assertThatThrownBy(() -> as(colleague, PW, () -> registrations.register(person(number, colleague), Set.of())))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("registration.numberClosed"));

        long reopened = as(colleague, PW, () -> registrations.reenter(number, colleague));

        assertThat(reopened).isEqualTo(id);
        assertThat(cases.caseworkerOf(id)).isEqualTo(colleague);
        assertThat(cases.sqlString("select closed_on from customer where id = ?", id))
                .isNull();
        assertThat(cases.sqlString("select count(*) from counselling_note where customer_id = ?", id))
                .as("the history stays with the case")
                .isEqualTo("2");
        assertThat(cases.sqlString("select reason || ':' || reopened_by from case_exit where customer_id = ?", id))
                .isEqualTo("WORK:" + colleague);
        assertThat(cases.reassignments(id)).hasSize(1);
        assertThatThrownBy(() -> as(colleague, PW, () -> registrations.reenter(number, colleague)))
                .as("an open case is not reopened")
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void householdMembersAreLinkedAndTheCaseFileNamesOnlyThoseTheReaderMayOpen() throws Exception {
        String household = String.format("12345BG%07d", System.nanoTime() % 10_000_000);
        long mother = as(
                caseworker, PW, () -> registrations.register(inHousehold("Mutter", household, caseworker), Set.of()));
        Registration sonsRegistration = inHousehold("Sohn", household, caseworker);
        assertThatThrownBy(() -> as(caseworker, PW, () -> registrations.register(sonsRegistration, Set.of())))
                .as("the mother shares the phone: she must be shown before the son is saved")
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("lastName");
                    assertThat(e.messageKey()).isEqualTo("registration.duplicatesUnseen");
                });
        long son = registerAfterCheck(caseworker, sonsRegistration);
        String stranger = staff.newMember(staff.newTeam("Team Fremd"), Role.CASEWORKER);
        registerAfterCheck(stranger, inHousehold("Tochter", household, stranger));
        assertThat(cases.sqlString(
                        "select count(*) from access_log where actor = ? and purpose = 'DUPLICATE_CHECK'", stranger))
                .as("the mother and the son were shown to a colleague of another team: logged")
                .isEqualTo("2");

        CaseFile.Household seen =
                as(caseworker, PW, () -> caseFiles.open(mother, null)).household();
        assertThat(seen.number()).isEqualTo(household);
        assertThat(seen.members()).extracting(CaseFile.Member::id).containsExactly(son);
        assertThat(seen.others())
                .as("a colleague's customer: counted, never shown")
                .isEqualTo(1);
        assertThat(as(caseworker, PW, () -> lookup.find(phone)))
                .extracting(CallMatch::householdNumber)
                .containsOnly(household);

        assertThatThrownBy(() -> as(
                        caseworker,
                        PW,
                        () -> registrations.register(inHousehold("Falsch", "BG-12", caseworker), Set.of())))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("householdNumber"));
    }

    /** As the page does it: the check first, then the save with the duplicates it showed. */
    private long registerAfterCheck(String user, Registration registration) throws Exception {
        return as(user, PW, () -> {
            Set<String> seen = registrations.possibleDuplicates(registration).stream()
                    .map(PossibleDuplicate::customerNumber)
                    .collect(Collectors.toSet());
            return registrations.register(registration, seen);
        });
    }

    /** A member of a household, sharing its phone as families do; first name tells them apart. */
    private Registration inHousehold(String firstName, String household, String caseworker) {
        return new Registration(
                TestCases.newCustomerNumber(),
                firstName,
                surname,
                LocalDate.of(1985, 2, 3),
                phone,
                null,
                null,
                null,
                null,
                household,
                caseworker);
    }

    @Test
    void administratorsAuditorsAndCoordinatorsRegisterNobody() {
        for (String forbidden : new String[] {
            staff.newMember(null, Role.ADMIN),
            staff.newMember(null, Role.AUDITOR),
            staff.newMember(team, Role.MEASURE_COORDINATOR)
        }) {
            assertThatThrownBy(() -> as(
                            forbidden,
                            PW,
                            () -> registrations.register(person(TestCases.newCustomerNumber(), caseworker), Set.of())))
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> as(
                            forbidden,
                            PW,
                            () -> registrations.possibleDuplicates(person(TestCases.newCustomerNumber(), caseworker))))
                    .as("no names of customers for " + forbidden)
                    .isInstanceOf(EJBAccessException.class);
        }
    }
}
