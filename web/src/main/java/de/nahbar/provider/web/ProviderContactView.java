package de.nahbar.provider.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.provider.service.ContactForm;
import de.nahbar.provider.service.ProviderPage;
import de.nahbar.provider.service.ProviderRelationsService;
import de.nahbar.provider.web.ProviderPageView.Editing;
import de.nahbar.shared.web.ServiceCall;

/**
 * The provider's staff on its page: adding or changing a contact person (name, function, phone,
 * e-mail, the measures they look after) and marking one as left.
 */
@Named
@ViewScoped
public class ProviderContactView implements Serializable {

    @EJB
    private ProviderRelationsService relations;

    @Inject
    private ProviderPageView providerPage;

    private Long contactId;
    private long contactVersion;
    private String contactName;
    private String contactFunction;
    private String contactPhone;
    private String contactEmail;
    private List<Long> contactMeasures = new ArrayList<>();

    /** Opens the form for this contact, or for a new one when {@code contact} is null. */
    public void startContact(ProviderPage.Contact contact) {
        providerPage.open(Editing.CONTACT);
        contactId = contact == null ? null : contact.id();
        contactVersion = contact == null ? 0 : contact.version();
        contactName = contact == null ? null : contact.name();
        contactFunction = contact == null ? null : contact.function();
        contactPhone = contact == null ? null : contact.phone();
        contactEmail = contact == null ? null : contact.email();
        contactMeasures = contact == null ? new ArrayList<>() : new ArrayList<>(contact.measureIds());
    }

    public void saveContact() {
        ContactForm form = new ContactForm(contactName, contactFunction, contactPhone, contactEmail, contactMeasures);
        providerPage.run(
                ServiceCall.of(() -> relations.saveContact(providerPage.getId(), contactId, contactVersion, form))
                        .done("provider.contactSaved"));
    }

    public void contactLeft(ProviderPage.Contact contact) {
        providerPage.run(
                ServiceCall.of(() -> relations.contactLeft(providerPage.getId(), contact.id(), contact.version()))
                        .done("provider.contactLeft"));
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
}
