package de.nahbar.reach.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.StreamedContent;

import de.nahbar.caseload.service.CaseworkService;
import de.nahbar.reach.domain.AppointmentMode;
import de.nahbar.reach.domain.AppointmentOutcome;
import de.nahbar.reach.service.Appointments;
import de.nahbar.reach.service.InvitationForm;
import de.nahbar.reach.service.InvitationService;
import de.nahbar.reach.service.LetterFile;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.web.Downloads;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.Letterhead;
import de.nahbar.shared.web.NotFound;
import de.nahbar.shared.web.ServiceCall;
import de.nahbar.staff.web.Letterheads;

/**
 * reach/invitations.xhtml: a customer's invitations and appointments. The caseworker writes an
 * invitation (the PDF is kept as sent), records what became of each appointment, and keeps the
 * postal address the letters go to.
 */
@Named
@ViewScoped
public class InvitationsView implements Serializable {

    @Inject
    private Letterheads letterheads;

    @EJB
    private InvitationService invitations;

    @EJB
    private CaseworkService casework;

    private Long customer;
    private Appointments appointments;

    private String street;
    private String postalCode;
    private String city;

    private LocalDateTime startsAt;
    private AppointmentMode mode = AppointmentMode.IN_PERSON;
    private String place;
    private String purpose;
    private String bring;

    private final Map<Long, AppointmentOutcome> outcomes = new HashMap<>();
    private final Map<Long, String> outcomeNotes = new HashMap<>();
    private final Map<Long, Boolean> hearings = new HashMap<>();

    public void load() throws IOException {
        if (customer == null) {
            NotFound.answer();
            return;
        }
        if (appointments == null) {
            show();
            street = appointments.street();
            postalCode = appointments.postalCode();
            city = appointments.city();
        }
    }

    private void show() {
        appointments = invitations.of(customer);
    }

    public void saveAddress() {
        FacesMessages.attempt(
                () -> casework.changeAddress(customer, appointments.customerVersion(), street, postalCode, city),
                "invitations.addressSaved",
                this::show);
    }

    public void invite() {
        if (!appointments.hasAddress()) {
            FacesMessages.error(null, "invitations.addressNeeded");
            return;
        }
        if (!startsAt.isAfter(LocalDateTime.now(JobcenterTime.ZONE))) {
            FacesMessages.error("inviteForm:startsAt", "validation.notInPast");
            return;
        }
        Letterhead head = letterheads.current();
        InvitationForm form = new InvitationForm(startsAt, mode, place, purpose, bring);
        if (FacesMessages.attempt(
                ServiceCall.of(() ->
                                invitations.invite(customer, form, letter -> InvitationLetterPdf.render(letter, head)))
                        .done("invitations.created")
                        .field("place", "inviteForm:place"),
                this::show)) {
            startsAt = null;
            place = null;
            purpose = null;
            bring = null;
        }
    }

    public StreamedContent download(long letterId) {
        LetterFile file = invitations.letter(letterId);
        return Downloads.of(file.fileName(), Downloads.PDF, file.pdf());
    }

    public void recordOutcome(Appointments.Row row) {
        AppointmentOutcome outcome = outcomes.get(row.id());
        if (outcome == null) {
            FacesMessages.error(null, "invitations.outcomeNeeded");
            return;
        }
        boolean hearing = Boolean.TRUE.equals(hearings.get(row.id()));
        if (hearing && !outcome.missed()) {
            FacesMessages.error(null, "invitations.hearingOnlyWhenMissed");
            return;
        }
        String note = outcomeNotes.get(row.id());
        FacesMessages.attempt(
                () -> invitations.recordOutcome(row.id(), row.version(), outcome, note, hearing),
                "invitations.outcomeSaved",
                this::show);
    }

    public AppointmentMode[] getModes() {
        return AppointmentMode.values();
    }

    public AppointmentOutcome[] getOutcomeChoices() {
        return AppointmentOutcome.values();
    }

    public LocalDateTime getEarliest() {
        return LocalDateTime.now(JobcenterTime.ZONE);
    }

    public Appointments getAppointments() {
        return appointments;
    }

    public Long getCustomer() {
        return customer;
    }

    public void setCustomer(Long customer) {
        this.customer = customer;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public AppointmentMode getMode() {
        return mode;
    }

    public void setMode(AppointmentMode mode) {
        this.mode = mode;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getBring() {
        return bring;
    }

    public void setBring(String bring) {
        this.bring = bring;
    }

    public Map<Long, AppointmentOutcome> getOutcomes() {
        return outcomes;
    }

    public Map<Long, String> getOutcomeNotes() {
        return outcomeNotes;
    }

    public Map<Long, Boolean> getHearings() {
        return hearings;
    }
}
