package de.nahbar.caseload.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.caseload.service.ColleagueOption;
import de.nahbar.caseload.service.CustomerRegistrationService;
import de.nahbar.caseload.service.PossibleDuplicate;
import de.nahbar.caseload.service.Registration;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.ServiceCall;

/**
 * case/register.xhtml: a customer registered by hand. The first click shows whom nahbar may
 * already know as this person; the registration is saved only when nobody is found or the
 * caseworker confirms that it is someone else. Then the new case file opens.
 */
@Named
@ViewScoped
public class RegistrationView implements Serializable {

    private static final String FORM = "registrationForm:";

    @EJB
    private CustomerRegistrationService registrations;

    private List<ColleagueOption> caseworkers;
    private String customerNumber;
    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    private String phone;
    private String email;
    private String street;
    private String postalCode;
    private String city;
    private String householdNumber;
    private String caseworker;
    /** The possible duplicates of the last check; null before it, empty when nobody was found. */
    private List<PossibleDuplicate> duplicates;

    @PostConstruct
    void init() {
        caseworkers = registrations.caseworkers();
        caseworker = caseworkers.isEmpty() ? null : caseworkers.get(0).username();
    }

    /** Checks for duplicates first; saves at once when there are none. */
    public String check() {
        duplicates = registrations.possibleDuplicates(registration());
        return duplicates.isEmpty() ? save() : null;
    }

    /** Saves after the caseworker saw the possible duplicates and says it is someone else. */
    public String confirm() {
        return save();
    }

    /** The customer is the one whose case closed: the same case opens again, for the chosen caseworker. */
    public String reenter(PossibleDuplicate known) {
        long[] reopened = new long[1];
        boolean done = ServiceCall.of(() -> reopened[0] = registrations.reenter(known.customerNumber(), caseworker))
                .field("customerNumber", FORM + "customerNumber")
                .field("caseworker", FORM + "caseworker")
                .run();
        if (!done) {
            return null;
        }
        FacesMessages.info("registration.reentered", known.name());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/case/file?faces-redirect=true&id=" + reopened[0];
    }

    /** A known number cannot be registered again: the page offers re-entry or the colleague instead. */
    public boolean isNumberKnown() {
        return getDuplicates().stream().anyMatch(d -> d.match() == PossibleDuplicate.Match.CUSTOMER_NUMBER);
    }

    /** Any change of the form asks for a new check before saving. */
    public void edited() {
        duplicates = null;
    }

    private String save() {
        long[] created = new long[1];
        Set<String> seen =
                getDuplicates().stream().map(PossibleDuplicate::customerNumber).collect(Collectors.toSet());
        boolean done = ServiceCall.of(() -> created[0] = registrations.register(registration(), seen))
                .field("customerNumber", FORM + "customerNumber")
                .field("firstName", FORM + "firstName")
                .field("lastName", FORM + "lastName")
                .field("birthDate", FORM + "birthDate")
                .field("phone", FORM + "phone")
                .field("email", FORM + "email")
                .field("caseworker", FORM + "caseworker")
                .field("householdNumber", FORM + "householdNumber")
                .field("street", FORM + "street")
                .field("postalCode", FORM + "postalCode")
                .field("city", FORM + "city")
                // someone was registered since the check: the list is shown afresh
                .onRefused(
                        "registration.duplicatesUnseen",
                        () -> duplicates = registrations.possibleDuplicates(registration()))
                .run();
        if (!done) {
            return null;
        }
        FacesMessages.info("registration.done", firstName + " " + lastName);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/case/file?faces-redirect=true&id=" + created[0];
    }

    private Registration registration() {
        return new Registration(
                customerNumber,
                firstName,
                lastName,
                birthDate,
                phone,
                email,
                street,
                postalCode,
                city,
                householdNumber,
                caseworker);
    }

    public boolean isChecked() {
        return duplicates != null && !duplicates.isEmpty();
    }

    public List<PossibleDuplicate> getDuplicates() {
        return duplicates == null ? List.of() : duplicates;
    }

    public List<ColleagueOption> getCaseworkers() {
        return caseworkers;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
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

    public String getHouseholdNumber() {
        return householdNumber;
    }

    public void setHouseholdNumber(String householdNumber) {
        this.householdNumber = householdNumber;
    }

    public String getCaseworker() {
        return caseworker;
    }

    public void setCaseworker(String caseworker) {
        this.caseworker = caseworker;
    }
}
