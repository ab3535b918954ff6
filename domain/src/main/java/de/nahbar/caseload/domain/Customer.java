package de.nahbar.caseload.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import de.nahbar.shared.domain.Age;
import de.nahbar.shared.domain.EmailAddress;
import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.NameKey;
import de.nahbar.shared.domain.PhoneNumber;
import de.nahbar.shared.domain.PostalCode;
import de.nahbar.shared.domain.RuleBroken;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;

/**
 * A customer of the Jobcenter and the head of their case. The last contact and the next due
 * date are kept here as well as in their own tables, so that a caseload of 450 (and a Jobcenter
 * of 100,000) can be filtered and sorted by them in the database. They are maintained by
 * statements of the services that do not touch the version: logging a call must not make a
 * colleague's open master-data form stale.
 */
@Entity
@Table(name = "customer")
@NamedQuery(name = Customer.FIND_BY_NUMBER, query = "select c from Customer c where c.customerNumber = :number")
@NamedQuery(name = Customer.COUNT_ALL, query = "select count(c) from Customer c")
public class Customer {

    /** The customer with the number {@code :number} (upper case, as stored). */
    public static final String FIND_BY_NUMBER = "Customer.findByNumber";

    public static final String COUNT_ALL = "Customer.countAll";

    public static final int NUMBER_LENGTH = 10;
    public static final int NAME_MAX = 100;
    public static final int PHONE_MAX = 30;
    public static final int EMAIL_MAX = 254;
    public static final int GOALS_MAX = 2000;
    public static final int STREET_MAX = 100;
    public static final int CITY_MAX = 100;

    /** BG-Nummer of the household (Bedarfsgemeinschaft): office number, "BG", seven digits, e.g. 12345BG0012345. */
    public static final Pattern HOUSEHOLD_PATTERN = Pattern.compile("\\d{5}BG\\d{7}");

    /** Kundennummer: three digits, "D", six digits, e.g. 123D456789. */
    public static final Pattern NUMBER_PATTERN = Pattern.compile("\\d{3}D\\d{6}");
    /** Digits with optional +, spaces, slashes, hyphens and parentheses: +49 30 1234-567. */
    public static final Pattern PHONE_PATTERN = Pattern.compile("\\+?[0-9][0-9 /()-]{4,28}");

    @Id
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    private Long id;

    @Column(name = "customer_number", nullable = false, unique = true, length = NUMBER_LENGTH)
    private String customerNumber;

    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    /** Last and first name as searches compare them ({@link NameKey}): "Öztürk" is found as "Ozturk". */
    @Column(name = "name_key", length = NameKey.LENGTH_MAX)
    private String nameKey;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "phone", length = PHONE_MAX)
    private String phone;

    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    /** The phone in canonical form ({@link PhoneNumber}), for finding a caller whatever the number's formatting. */
    @Column(name = "phone_key", length = 20)
    private String phoneKey;

    @Column(name = "street", length = STREET_MAX)
    private String street;

    @Column(name = "postal_code", length = 5)
    private String postalCode;

    @Column(name = "city", length = CITY_MAX)
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_mode", nullable = false, length = 16)
    private SupportMode supportMode = SupportMode.OBSERVING;

    @Enumerated(EnumType.STRING)
    @Column(name = "mandate_status", nullable = false, length = 16)
    private MandateStatus mandateStatus = MandateStatus.OPEN;

    @Column(name = "mandate_on")
    private LocalDate mandateOn;

    @Column(name = "mandate_goals", length = GOALS_MAX)
    private String mandateGoals;

    @Enumerated(EnumType.STRING)
    @Column(name = "profile", length = 16)
    private IntegrationProfile profile;

    /** The caseworker; null while the customer waits in a team's queue ({@link #queueTeam}). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "caseworker_id")
    private StaffMember caseworker;

    /** The team whose queue of new customers the customer waits in, for its team lead to assign; else null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "queue_team_id")
    private Team queueTeam;

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(name = "last_contact_at")
    private Instant lastContactAt;

    @Column(name = "next_due_on")
    private LocalDate nextDueOn;

    /** The household (Bedarfsgemeinschaft) the customer belongs to; null when not known. */
    @Column(name = "household_number", length = 14)
    private String householdNumber;

    /** The day the case closed (Abmeldung); null while the customer is in the Jobcenter's care. */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason", length = 24)
    private ExitReason exitReason;

    /** Who brought the customer in by hand, and when; null for those who came by the benefits file. */
    @Column(name = "registered_by", length = 64, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", updatable = false)
    private Instant registeredAt;

    /** Who recorded the exit: a caseworker's login, or the benefits file's import. */
    @Column(name = "closed_by", length = 64)
    private String closedBy;

    /** When benefits began (Leistungsbeginn), as the benefits file says; null when not known. */
    @Column(name = "benefits_since")
    private LocalDate benefitsSince;

    @Version
    private long version;

    protected Customer() {
        // for JPA
    }

    public Customer(
            String customerNumber, String firstName, String lastName, LocalDate birthDate, StaffMember caseworker) {
        this.customerNumber = requireNumber(customerNumber);
        this.caseworker = Objects.requireNonNull(caseworker, "caseworker");
        changeMasterData(firstName, lastName, birthDate, null, null);
    }

    /** A customer who arrives in a team's queue, because no rule names their caseworker. */
    public Customer(
            String customerNumber, String firstName, String lastName, LocalDate birthDate, Team queue, Instant at) {
        this.customerNumber = requireNumber(customerNumber);
        this.queueTeam = Objects.requireNonNull(queue, "queue");
        this.queuedAt = Objects.requireNonNull(at, "at");
        changeMasterData(firstName, lastName, birthDate, null, null);
    }

    public static boolean isValidNumber(String number) {
        return number != null && NUMBER_PATTERN.matcher(number).matches();
    }

    private static String requireNumber(String number) {
        if (!isValidNumber(number)) {
            throw new IllegalArgumentException("invalid customer number: " + number);
        }
        return number;
    }

    /**
     * Name, birth date and how to reach the customer; phone and e-mail are optional. Everything
     * is checked before anything changes, so a refused change leaves the customer as they were.
     * Each refusal names its field, so a form, the registration and the benefits file all tell it
     * in their own terms.
     */
    public final void changeMasterData(
            String newFirstName, String newLastName, LocalDate newBirthDate, String newPhone, String newEmail) {
        String first = name(newFirstName, "firstName");
        String last = name(newLastName, "lastName");
        if (newBirthDate == null) {
            throw new RuleBroken("birthDate", "validation.required");
        }
        if (newBirthDate.isAfter(LocalDate.now().minusYears(14)) || newBirthDate.isBefore(LocalDate.of(1900, 1, 1))) {
            throw new RuleBroken("birthDate", "customer.birthDate");
        }
        String phoneText = optional(newPhone, "phone", PHONE_MAX);
        if (phoneText != null && (!PHONE_PATTERN.matcher(phoneText).matches() || !PhoneNumber.isValid(phoneText))) {
            throw new RuleBroken("phone", "validation.phone");
        }
        String emailText = optional(newEmail, "email", EMAIL_MAX);
        if (emailText != null && !EmailAddress.isPlausible(emailText)) {
            throw new RuleBroken("email", "validation.email");
        }
        this.firstName = first;
        this.lastName = last;
        this.nameKey = NameKey.of(last, first);
        this.birthDate = newBirthDate;
        this.phone = phoneText;
        this.phoneKey = phoneText == null ? null : PhoneNumber.require(phoneText);
        this.email = emailText;
    }

    private static String name(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleBroken(field, "validation.required");
        }
        return optional(value, field, NAME_MAX);
    }

    private static String optional(String value, String field, int max) {
        if (value != null && value.strip().length() > max) {
            throw new RuleBroken(field, "customer.tooLong");
        }
        return Guard.optionalText(value, field, max);
    }

    /**
     * The postal address letters go to; all three parts or none. A German postal code has five digits.
     */
    public void changeAddress(String newStreet, String newPostalCode, String newCity) {
        String s = optional(newStreet, "street", STREET_MAX);
        String p = PostalCode.optional(newPostalCode);
        String c = optional(newCity, "city", CITY_MAX);
        if ((s == null) != (p == null) || (s == null) != (c == null)) {
            throw new RuleBroken("street", "customer.addressIncomplete");
        }
        this.street = s;
        this.postalCode = p;
        this.city = c;
    }

    /** Changes the support mode and returns the history entry that records date and reason. */
    public SupportModeChange changeSupportMode(SupportMode mode, LocalDate on, String reason, String by) {
        SupportModeChange change = new SupportModeChange(this, mode, on, reason, by);
        this.supportMode = mode;
        return change;
    }

    /**
     * Hands the customer to another caseworker, out of a team's queue too; returns the history
     * entry with its kind, reason and the rule that decided it (if one did). Only an active
     * colleague who works as a caseworker can take a case over, and only an open one.
     */
    public Reassignment handTo(
            StaffMember next, Reassignment.Kind kind, String reason, Long ruleId, String by, Instant at) {
        Objects.requireNonNull(next, "next");
        requireOpen();
        if (caseworker != null
                && (next == caseworker || next.getId() != null && next.getId().equals(caseworker.getId()))) {
            throw new IllegalArgumentException("same caseworker");
        }
        if (!next.isActive() || !next.hasRole(Role.CASEWORKER)) {
            throw new IllegalArgumentException("not an active caseworker: " + next.getUsername());
        }
        Reassignment reassignment = new Reassignment(
                this, caseworker, responsibleTeam(), next, next.getTeam(), kind, reason, ruleId, by, at);
        this.caseworker = next;
        this.queueTeam = null;
        this.queuedAt = null;
        return reassignment;
    }

    /** The history entry of the customer's first assignment: from nobody to whom they arrived with. */
    public Reassignment arrived(String reason, Long ruleId, String by, Instant at) {
        return new Reassignment(
                this, null, null, caseworker, responsibleTeam(), Reassignment.Kind.ARRIVAL, reason, ruleId, by, at);
    }

    /** A team lead's handover within the team, with the reason. */
    public Reassignment reassignTo(StaffMember next, String reason, String by, Instant at) {
        return handTo(next, Reassignment.Kind.HANDOVER, reason, null, by, at);
    }

    /** Puts the customer into the queue of {@code team}, whose team lead assigns them; returns the history entry. */
    public Reassignment queueIn(Team team, Reassignment.Kind kind, String reason, Long ruleId, String by, Instant at) {
        Objects.requireNonNull(team, "team");
        requireOpen();
        if (caseworker == null
                && (queueTeam == team || team.getId() != null && team.getId().equals(queueTeam.getId()))) {
            throw new IllegalArgumentException("queued in this team already");
        }
        Reassignment reassignment =
                new Reassignment(this, caseworker, responsibleTeam(), null, team, kind, reason, ruleId, by, at);
        this.caseworker = null;
        this.queueTeam = team;
        this.queuedAt = at;
        return reassignment;
    }

    private void requireOpen() {
        if (closedOn != null) {
            throw new IllegalStateException("case closed on " + closedOn);
        }
    }

    /** The team responsible for the customer: the caseworker's, or the one whose queue they wait in. */
    public Team responsibleTeam() {
        return caseworker != null ? caseworker.getTeam() : queueTeam;
    }

    public boolean isQueued() {
        return caseworker == null;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    /**
     * Closes the case: the customer left on {@code on} for {@code reason}. A closed case is kept
     * for its retention period, read-only; an exit cannot lie in the future (it is recorded when
     * it happened) nor before the customer's birth.
     */
    public CaseExit close(LocalDate on, ExitReason reason, String by, Instant at, LocalDate today) {
        if (closedOn != null) {
            throw new IllegalStateException("case already closed on " + closedOn);
        }
        if (on == null) {
            throw new RuleBroken("closedOn", "validation.required");
        }
        if (on.isAfter(today)) {
            throw new RuleBroken("closedOn", "caseExit.notInFuture");
        }
        if (on.isBefore(birthDate)) {
            throw new RuleBroken("closedOn", "caseExit.beforeBirth");
        }
        if (reason == null) {
            throw new RuleBroken("exitReason", "validation.required");
        }
        this.closedOn = on;
        this.exitReason = reason;
        this.closedBy = Guard.text(by, "by", 64);
        return new CaseExit(this, on, reason, by, at);
    }

    /**
     * The customer came back under the same customer number: the same case opens again with its
     * history. The caller stamps the exit it ends ({@link CaseExit#reopened}).
     */
    public void reopen() {
        if (closedOn == null) {
            throw new IllegalStateException("case is open");
        }
        this.closedOn = null;
        this.exitReason = null;
        this.closedBy = null;
    }

    /** The household the benefits side counts the customer in; null or blank for none known. */
    public void joinHousehold(String number) {
        String text = number == null || number.isBlank() ? null : number.strip().toUpperCase(Locale.ROOT);
        if (text != null && !HOUSEHOLD_PATTERN.matcher(text).matches()) {
            throw new RuleBroken("householdNumber", "customer.householdNumber");
        }
        this.householdNumber = text;
    }

    public String getHouseholdNumber() {
        return householdNumber;
    }

    /** Records who registered the customer by hand (the registration form), once. */
    public void registered(String by, Instant at) {
        if (registeredBy != null) {
            throw new IllegalStateException("registered already by " + registeredBy);
        }
        this.registeredBy = Guard.text(by, "by", 64);
        this.registeredAt = Objects.requireNonNull(at, "at");
    }

    /** The day benefits began, from the benefits file; it cannot lie before the customer's birth. */
    public void benefitsSince(LocalDate since) {
        if (since != null && since.isBefore(birthDate)) {
            throw new RuleBroken("benefitsSince", "customer.benefitsBeforeBirth");
        }
        this.benefitsSince = since;
    }

    public LocalDate getBenefitsSince() {
        return benefitsSince;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public String getClosedBy() {
        return closedBy;
    }

    /** Records the outcome of the mandate clarification, with the customer's own words. */
    public void clarifyMandate(MandateStatus status, LocalDate on, String goals) {
        Objects.requireNonNull(status, "status");
        if (status != MandateStatus.OPEN && on == null) {
            throw new RuleBroken("mandateOn", "validation.required");
        }
        String words = Guard.optionalText(goals, "goals", GOALS_MAX);
        this.mandateStatus = status;
        this.mandateOn = status == MandateStatus.OPEN ? null : on;
        this.mandateGoals = words;
    }

    public void assignProfile(IntegrationProfile newProfile) {
        this.profile = newProfile;
    }

    public int ageOn(LocalDate day) {
        return age(birthDate, day);
    }

    /** The rule of {@link #ageOn}, for lists that read the columns without the entity. */
    public static int age(LocalDate birthDate, LocalDate day) {
        return Age.years(birthDate, day);
    }

    /** Under 25 matters for the caseload key and the responsible team ({@link Age}). */
    public boolean isUnder25On(LocalDate day) {
        return Age.isUnder25(birthDate, day);
    }

    public Long getId() {
        return id;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getDisplayName() {
        return lastName + ", " + firstName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public boolean hasAddress() {
        return street != null;
    }

    /** The phone number in canonical form, as lookups compare it. */
    public String getPhoneKey() {
        return phoneKey;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public SupportMode getSupportMode() {
        return supportMode;
    }

    public MandateStatus getMandateStatus() {
        return mandateStatus;
    }

    public LocalDate getMandateOn() {
        return mandateOn;
    }

    public String getMandateGoals() {
        return mandateGoals;
    }

    public IntegrationProfile getProfile() {
        return profile;
    }

    public StaffMember getCaseworker() {
        return caseworker;
    }

    public Instant getLastContactAt() {
        return lastContactAt;
    }

    public LocalDate getNextDueOn() {
        return nextDueOn;
    }

    public long getVersion() {
        return version;
    }
}
