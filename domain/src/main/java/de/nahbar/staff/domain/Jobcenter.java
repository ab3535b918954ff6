package de.nahbar.staff.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import de.nahbar.shared.domain.EmailAddress;
import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.PostalCode;
import de.nahbar.shared.domain.RuleBroken;

/**
 * The Jobcenter that runs nahbar: its name, office number and the address and ways to reach it
 * that every letter carries in its head and footer. One row (id 1), kept by the administrators.
 */
@Entity
@Table(name = "jobcenter")
public class Jobcenter {

    /** The one row. */
    public static final long ID = 1L;

    @Id
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "office_number", length = 20)
    private String officeNumber;

    @Column(name = "street", nullable = false, length = 100)
    private String street;

    @Column(name = "postal_code", nullable = false, length = 5)
    private String postalCode;

    @Column(name = "city", nullable = false, length = 100)
    private String city;

    @Column(name = "phone", nullable = false, length = 40)
    private String phone;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "web", length = 200)
    private String web;

    @Version
    private long version;

    protected Jobcenter() {
        // for JPA
    }

    public Jobcenter(Details details) {
        this.id = ID;
        change(details);
    }

    /** A letter cannot do without name, address, phone and e-mail: it tells the customer how to answer. */
    public final void change(Details details) {
        requireText(details.name(), "name");
        requireText(details.street(), "street");
        requireText(details.city(), "city");
        requireText(details.phone(), "phone");
        requireText(details.email(), "email");
        String code = PostalCode.required(details.postalCode());
        String mail = Guard.text(details.email(), "email", 254);
        if (!EmailAddress.isPlausible(mail)) {
            throw new RuleBroken("email", "validation.email");
        }
        this.name = Guard.text(details.name(), "name", 100);
        this.officeNumber = Guard.optionalText(details.officeNumber(), "officeNumber", 20);
        this.street = Guard.text(details.street(), "street", 100);
        this.postalCode = code;
        this.city = Guard.text(details.city(), "city", 100);
        this.phone = Guard.text(details.phone(), "phone", 40);
        this.email = mail;
        this.web = Guard.optionalText(details.web(), "web", 200);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleBroken(field, "validation.required");
        }
    }

    public Details details() {
        return new Details(name, officeNumber, street, postalCode, city, phone, email, web);
    }

    public long getVersion() {
        return version;
    }

    /** What the administrators enter and the letters print. */
    public record Details(
            String name,
            String officeNumber,
            String street,
            String postalCode,
            String city,
            String phone,
            String email,
            String web) {}
}
