package de.nahbar.provider.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.StreamedContent;

import de.nahbar.provider.domain.DeficiencyCategory;
import de.nahbar.provider.domain.ObservationTone;
import de.nahbar.provider.service.ContactForm;
import de.nahbar.provider.service.DeficiencyForm;
import de.nahbar.provider.service.DeficiencyService;
import de.nahbar.provider.service.MasterDataForm;
import de.nahbar.provider.service.ObservationForm;
import de.nahbar.provider.service.ProviderPage;
import de.nahbar.provider.service.ProviderPageQueries;
import de.nahbar.provider.service.ProviderRelationsService;
import de.nahbar.provider.service.VisitForm;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.NahbarException;
import de.nahbar.shared.web.Downloads;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.Formats;
import de.nahbar.shared.web.Letterhead;
import de.nahbar.shared.web.NotFound;
import de.nahbar.shared.web.ServiceCall;

/**
 * provider/page.xhtml: one screen about a provider, and the forms to record a visit or an
 * observation, open a deficiency, maintain staff and master data. One form is open at a time.
 */
@Named
@ViewScoped
public class ProviderPageView implements Serializable {

    /** Which form is open. */
    public enum Editing {
        NONE,
        VISIT,
        OBSERVATION,
        DEFICIENCY,
        CONTACT,
        MASTER
    }

    @EJB
    private ProviderPageQueries pages;

    @EJB
    private ProviderRelationsService relations;

    @EJB
    private DeficiencyService deficiencies;

    @Inject
    private Formats formats;

    private Long id;
    private ProviderPage page;
    private Editing editing = Editing.NONE;

    // visit
    private LocalDate visitedOn;
    private String impressions;
    private String agreements;
    private String nextSteps;
    private LocalDate followUpOn;
    private List<Long> metContacts = new ArrayList<>();
    private List<Long> visitedMeasures = new ArrayList<>();

    // observation
    private ObservationTone tone;
    private LocalDate observedOn;
    private Long observedMeasure;
    private String observation;

    // deficiency
    private DeficiencyCategory category;
    private String description;
    private LocalDate deadline;
    private List<Long> affectedMeasures = new ArrayList<>();
    private List<Long> basedOn = new ArrayList<>();

    // contact
    private Long contactId;
    private long contactVersion;
    private String contactName;
    private String contactFunction;
    private String contactPhone;
    private String contactEmail;
    private List<Long> contactMeasures = new ArrayList<>();

    // master data
    private String address;
    private String phone;
    private String email;
    private String certification;
    private String certifiedBy;
    private LocalDate certifiedUntil;

    /** f:viewAction: loads the provider; an unknown or missing id is a German 404. */
    public void load() throws IOException {
        if (page != null) {
            return;
        }
        page = NotFound.loadOr404(id, pages::of);
    }

    private void reload() {
        page = pages.of(id).orElseThrow();
    }

    public void startVisit() {
        editing = Editing.VISIT;
        visitedOn = JobcenterTime.today();
        impressions = null;
        agreements = null;
        nextSteps = null;
        followUpOn = null;
        metContacts = new ArrayList<>();
        visitedMeasures = new ArrayList<>();
    }

    public void recordVisit() {
        if (followUpOn != null && (nextSteps == null || nextSteps.isBlank())) {
            FacesMessages.error("visitForm:nextSteps", "provider.error.followUpNeedsSteps");
            return;
        }
        if (visitedOn.isAfter(JobcenterTime.today())) {
            FacesMessages.error("visitForm:visitedOn", "provider.error.visitInFuture");
            return;
        }
        if (followUpOn != null && followUpOn.isBefore(JobcenterTime.today())) {
            FacesMessages.error("visitForm:followUpOn", "provider.error.followUpPast");
            return;
        }
        attempt(
                () -> relations.recordVisit(
                        id,
                        new VisitForm(
                                visitedOn,
                                impressions,
                                agreements,
                                nextSteps,
                                followUpOn,
                                List.of(),
                                metContacts,
                                visitedMeasures)),
                "provider.visitSaved");
    }

    public void startObservation() {
        editing = Editing.OBSERVATION;
        tone = null;
        observedOn = JobcenterTime.today();
        observedMeasure = null;
        observation = null;
    }

    public void recordObservation() {
        if (observedOn.isAfter(JobcenterTime.today())) {
            FacesMessages.error("observationForm:observedOn", "provider.error.observationInFuture");
            return;
        }
        attempt(
                () -> relations.recordObservation(
                        new ObservationForm(id, observedMeasure, null, tone, observedOn, observation)),
                "provider.observationSaved");
    }

    public void startDeficiency() {
        editing = Editing.DEFICIENCY;
        category = null;
        description = null;
        deadline = JobcenterTime.today().plusDays(14);
        affectedMeasures = new ArrayList<>();
        basedOn = new ArrayList<>();
    }

    public String openDeficiency() {
        if (!deadline.isAfter(JobcenterTime.today())) {
            FacesMessages.error("deficiencyForm:deadline", "deficiency.error.deadlinePast");
            return null;
        }
        if (affectedMeasures.isEmpty()) {
            FacesMessages.error("deficiencyForm:affected", "deficiency.error.noMeasure");
            return null;
        }
        try {
            long deficiencyId = deficiencies.open(
                    id, new DeficiencyForm(category, description, deadline, affectedMeasures, basedOn));
            FacesMessages.info("deficiency.opened");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/provider/deficiency?faces-redirect=true&id=" + deficiencyId;
        } catch (NahbarException e) {
            FacesMessages.error(null, e.messageKey());
            return null;
        }
    }

    /** The measures a deficiency may be opened about: for a coordinator those they own, for a team lead all. */
    public List<ProviderPage.MeasureUse> getDeficiencyMeasures() {
        boolean all = FacesContext.getCurrentInstance().getExternalContext().isUserInRole("TEAM_LEAD");
        return page.measures().stream().filter(m -> all || m.ownedByCaller()).toList();
    }

    public void startContact(ProviderPage.Contact contact) {
        editing = Editing.CONTACT;
        contactId = contact == null ? null : contact.id();
        contactVersion = contact == null ? 0 : contact.version();
        contactName = contact == null ? null : contact.name();
        contactFunction = contact == null ? null : contact.function();
        contactPhone = contact == null ? null : contact.phone();
        contactEmail = contact == null ? null : contact.email();
        contactMeasures = contact == null ? new ArrayList<>() : new ArrayList<>(contact.measureIds());
    }

    public void saveContact() {
        attempt(
                () -> relations.saveContact(
                        id,
                        contactId,
                        contactVersion,
                        new ContactForm(contactName, contactFunction, contactPhone, contactEmail, contactMeasures)),
                "provider.contactSaved");
    }

    public void contactLeft(ProviderPage.Contact contact) {
        attempt(() -> relations.contactLeft(id, contact.id(), contact.version()), "provider.contactLeft");
    }

    public void startMaster() {
        editing = Editing.MASTER;
        ProviderPage.MasterData m = page.master();
        address = m.address();
        phone = m.phone();
        email = m.email();
        certification = m.certification();
        certifiedBy = m.certifiedBy();
        certifiedUntil = m.certifiedUntil();
    }

    public void saveMaster() {
        if (certification != null && !certification.isBlank() && certifiedUntil == null) {
            FacesMessages.error("masterForm:certifiedUntil", "provider.error.certificationNeedsDate");
            return;
        }
        if ((certification == null || certification.isBlank())
                && (certifiedUntil != null || certifiedBy != null && !certifiedBy.isBlank())) {
            FacesMessages.error("masterForm:certification", "provider.error.certificateMissing");
            return;
        }
        attempt(
                () -> relations.changeMasterData(
                        id,
                        page.master().version(),
                        new MasterDataForm(address, phone, email, certification, certifiedBy, certifiedUntil)),
                "provider.masterSaved");
    }

    public void cancel() {
        editing = Editing.NONE;
    }

    public StreamedContent getDossier() {
        byte[] pdf = DossierPdf.render(deficiencies.dossier(id), Letterhead.fromConfiguration());
        return Downloads.of("maengeldossier-" + id + "-" + formats.today() + ".pdf", Downloads.PDF, pdf);
    }

    private void attempt(Runnable change, String savedKey) {
        if (ServiceCall.of(change)
                .done(savedKey)
                .concurrentChange("provider.error.concurrentChange")
                .run()) {
            editing = Editing.NONE;
        }
        reload();
    }

    public boolean isEditing(String form) {
        return editing == Editing.valueOf(form);
    }

    public ProviderPage getPage() {
        return page;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ObservationTone[] getTones() {
        return ObservationTone.values();
    }

    public DeficiencyCategory[] getCategories() {
        return DeficiencyCategory.values();
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getImpressions() {
        return impressions;
    }

    public void setImpressions(String impressions) {
        this.impressions = impressions;
    }

    public String getAgreements() {
        return agreements;
    }

    public void setAgreements(String agreements) {
        this.agreements = agreements;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public List<Long> getMetContacts() {
        return metContacts;
    }

    public void setMetContacts(List<Long> metContacts) {
        this.metContacts = metContacts;
    }

    public List<Long> getVisitedMeasures() {
        return visitedMeasures;
    }

    public void setVisitedMeasures(List<Long> visitedMeasures) {
        this.visitedMeasures = visitedMeasures;
    }

    public ObservationTone getTone() {
        return tone;
    }

    public void setTone(ObservationTone tone) {
        this.tone = tone;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public void setObservedOn(LocalDate observedOn) {
        this.observedOn = observedOn;
    }

    public Long getObservedMeasure() {
        return observedMeasure;
    }

    public void setObservedMeasure(Long observedMeasure) {
        this.observedMeasure = observedMeasure;
    }

    public String getObservation() {
        return observation;
    }

    public void setObservation(String observation) {
        this.observation = observation;
    }

    public DeficiencyCategory getCategory() {
        return category;
    }

    public void setCategory(DeficiencyCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public List<Long> getAffectedMeasures() {
        return affectedMeasures;
    }

    public void setAffectedMeasures(List<Long> affectedMeasures) {
        this.affectedMeasures = affectedMeasures;
    }

    public List<Long> getBasedOn() {
        return basedOn;
    }

    public void setBasedOn(List<Long> basedOn) {
        this.basedOn = basedOn;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactFunction() {
        return contactFunction;
    }

    public void setContactFunction(String contactFunction) {
        this.contactFunction = contactFunction;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public List<Long> getContactMeasures() {
        return contactMeasures;
    }

    public void setContactMeasures(List<Long> contactMeasures) {
        this.contactMeasures = contactMeasures;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCertification() {
        return certification;
    }

    public void setCertification(String certification) {
        this.certification = certification;
    }

    public String getCertifiedBy() {
        return certifiedBy;
    }

    public void setCertifiedBy(String certifiedBy) {
        this.certifiedBy = certifiedBy;
    }

    public LocalDate getCertifiedUntil() {
        return certifiedUntil;
    }

    public void setCertifiedUntil(LocalDate certifiedUntil) {
        this.certifiedUntil = certifiedUntil;
    }
}
