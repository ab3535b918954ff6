package de.nahbar.reach.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.caseload.domain.Contact;
import de.nahbar.caseload.domain.ContactChannel;
import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.service.CaseAccess;
import de.nahbar.caseload.service.CaseAccessDeniedException;
import de.nahbar.caseload.service.CaseIndex;
import de.nahbar.reach.domain.Appointment;
import de.nahbar.reach.domain.AppointmentMode;
import de.nahbar.reach.domain.AppointmentOutcome;
import de.nahbar.reach.domain.Letter;
import de.nahbar.reach.domain.ReachabilitySettings;
import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.ConcurrentChanges;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.staff.domain.StaffMember;

/**
 * Invitations to appointments: the letter (with the caseworker's direct dial and e-mail only if
 * they opted in), kept as sent; the appointment and its outcome; and each step in the contact
 * journal. For the customer's caseworker and their deputy.
 */
@Stateless
@RolesAllowed(CASEWORKER)
@Interceptors(DomainRules.class)
public class InvitationService {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'", Locale.GERMAN);

    @EJB
    private CaseAccess access;

    @PersistenceContext
    private EntityManager em;

    public Appointments of(long customerId) {
        Customer customer = access.forWork(customerId);
        List<Appointments.Row> rows = em
                .createQuery(
                        "select a.id, a.version, a.startsAt, a.mode, a.place, a.purpose,"
                                + " a.outcome, a.outcomeNote, a.hearingOffered, l.id, l.writtenAt from Appointment a"
                                + " left join Letter l on l.appointment = a where a.customer = :customer"
                                + " order by a.startsAt desc, a.id desc",
                        Object[].class)
                .setParameter("customer", customer)
                .getResultList()
                .stream()
                .map(r -> new Appointments.Row(
                        (Long) r[0],
                        (Long) r[1],
                        (LocalDateTime) r[2],
                        (AppointmentMode) r[3],
                        (String) r[4],
                        (String) r[5],
                        (AppointmentOutcome) r[6],
                        (String) r[7],
                        (Boolean) r[8],
                        (Long) r[9],
                        (Instant) r[10]))
                .toList();
        List<Appointments.Row> decided =
                rows.stream().filter(r -> r.outcome() != null).toList();
        int missed = Appointment.consecutiveMissed(
                decided.stream().map(Appointments.Row::outcome).toList());
        boolean hearing = decided.stream()
                .filter(r -> r.outcome() != AppointmentOutcome.RESCHEDULED)
                .limit(missed)
                .anyMatch(Appointments.Row::hearingOffered);
        ReachabilitySettings published = published(customer.getCaseworker());
        return new Appointments(
                customer.getFirstName() + " " + customer.getLastName(),
                customer.hasAddress(),
                customer.getStreet(),
                customer.getPostalCode(),
                customer.getCity(),
                customer.getVersion(),
                rows,
                missed,
                hearing,
                published.isPublishPhone() ? published.getDirectDial() : null,
                published.isPublishEmail() ? customer.getCaseworker().getEmail() : null);
    }

    /**
     * Invites the customer: the appointment, the letter as the renderer made it, and an entry in
     * the contact journal. Returns the letter's id for the download.
     */
    public long invite(long customerId, @NotNull InvitationForm form, @NotNull LetterRenderer renderer) {
        Customer customer = access.forWork(customerId);
        if (!customer.hasAddress()) {
            throw new IllegalArgumentException("the customer has no postal address");
        }
        LocalDateTime now = LocalDateTime.now(JobcenterTime.ZONE);
        if (form.startsAt() == null
                || !form.startsAt().isAfter(now)
                || form.startsAt().isAfter(now.plusYears(1))) {
            throw new IllegalArgumentException("an invitation is for a time within the coming year");
        }
        Instant at = Instant.now();
        Appointment appointment = new Appointment(
                customer,
                form.startsAt(),
                form.mode(),
                form.place(),
                form.purpose(),
                form.bring(),
                access.caller(),
                at);
        em.persist(appointment);
        String subject = "Einladung zum Termin am " + WHEN.format(form.startsAt());
        Letter letter = new Letter(appointment, subject, renderer.render(letter(customer, form)), access.caller(), at);
        em.persist(letter);
        em.persist(new Contact(
                customer,
                ContactChannel.LETTER,
                at,
                null,
                subject,
                Guard.shorten(form.purpose(), Contact.NOTE_MAX),
                access.caller()));
        CaseIndex.contactRecorded(em, customer.getId(), at);
        em.flush();
        return letter.getId();
    }

    /** A letter of a customer the caller works, exactly as it was sent. */
    public LetterFile letter(long letterId) {
        Letter letter = em.find(Letter.class, letterId);
        if (letter == null) {
            throw new CaseAccessDeniedException(access.caller(), -1);
        }
        Customer customer = access.forWork(letter.getCustomer().getId());
        return new LetterFile(
                "Einladung-" + customer.getCustomerNumber() + "-" + letter.getId() + ".pdf", letter.getPdf());
    }

    /**
     * What became of the appointment, for the record: it is written to the contact journal and
     * never triggers anything else.
     */
    public void recordOutcome(
            long appointmentId,
            long loadedVersion,
            @NotNull AppointmentOutcome outcome,
            @Size(max = Appointment.NOTE_MAX) String note,
            boolean hearingOffered) {
        Appointment appointment = em.find(Appointment.class, appointmentId);
        if (appointment == null) {
            throw new CaseAccessDeniedException(access.caller(), -1);
        }
        Customer customer = access.forWork(appointment.getCustomer().getId());
        if (appointment.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("appointment " + appointmentId);
        }
        Instant now = Instant.now();
        appointment.recordOutcome(outcome, note, hearingOffered, access.caller(), now);
        Instant startsAt = appointment.getStartsAt().atZone(JobcenterTime.ZONE).toInstant();
        Instant occurred = startsAt.isBefore(now) ? startsAt : now;
        em.persist(new Contact(
                customer,
                ContactChannel.APPOINTMENT,
                occurred,
                null,
                "Termin am " + WHEN.format(appointment.getStartsAt()) + ": " + OUTCOME_TEXT.get(outcome)
                        + (hearingOffered ? ", persönliche Anhörung angeboten" : ""),
                note,
                access.caller()));
        ConcurrentChanges.flush(em, "appointment " + appointmentId);
    }

    private static final Map<AppointmentOutcome, String> OUTCOME_TEXT = Map.of(
            AppointmentOutcome.ATTENDED, "wahrgenommen",
            AppointmentOutcome.RESCHEDULED, "verlegt",
            AppointmentOutcome.MISSED_WITH_REASON, "nicht wahrgenommen, mit Grund",
            AppointmentOutcome.MISSED_WITHOUT_REASON, "nicht wahrgenommen, ohne Grund");

    /** The caseworker's settings, or the default of someone who never decided: nothing published. */
    private ReachabilitySettings published(StaffMember caseworker) {
        ReachabilitySettings settings = Reachable.settingsOf(em, caseworker, false);
        return settings == null ? new ReachabilitySettings(caseworker) : settings;
    }

    /** The letter's content: the caseworker's direct dial and e-mail only as far as they opted in. */
    private InvitationLetter letter(Customer customer, InvitationForm form) {
        StaffMember caseworker = customer.getCaseworker();
        ReachabilitySettings settings = published(caseworker);
        boolean phone = settings.isPublishPhone();
        boolean email = settings.isPublishEmail();
        List<MySettings.Absence> absences =
                Reachable.absences(em, caseworker, form.startsAt().toLocalDate());
        return new InvitationLetter(
                customer.getFirstName() + " " + customer.getLastName(),
                customer.getStreet(),
                customer.hasAddress() ? customer.getPostalCode() + " " + customer.getCity() : null,
                customer.getCustomerNumber(),
                caseworker.getDisplayName(),
                phone ? settings.getDirectDial() : null,
                email ? caseworker.getEmail() : null,
                phone ? settings.getPhoneHours() : null,
                absences,
                form.startsAt(),
                form.mode(),
                form.place(),
                form.purpose(),
                form.bring(),
                JobcenterTime.today());
    }
}
