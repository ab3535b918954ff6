package de.nahbar.staff.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.PostalCode;
import de.nahbar.shared.domain.RuleBroken;

/** A site of the Jobcenter where teams work and customers are received (e.g. "Geschäftsstelle Nord"). */
@Entity
@Cacheable
@Table(name = "location")
@NamedQuery(name = Location.ALL, query = "select l from Location l order by l.name")
public class Location {

    public static final String ALL = "Location.all";
    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "location_seq", sequenceName = "location_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "location_seq")
    private Long id;

    @Column(name = "name", nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Column(name = "street", length = 100)
    private String street;

    @Column(name = "postal_code", length = 5)
    private String postalCode;

    @Column(name = "city", length = 100)
    private String city;

    @Version
    private long version;

    protected Location() {
        // for JPA
    }

    public Location(String name, String street, String postalCode, String city) {
        change(name, street, postalCode, city);
    }

    /** Name and address; a postal code is five digits, as on every German letter. */
    public final void change(String name, String street, String postalCode, String city) {
        if (name == null || name.isBlank()) {
            throw new RuleBroken("name", "validation.required");
        }
        String code = PostalCode.optional(postalCode);
        this.name = Guard.text(name, "name", NAME_MAX);
        this.street = Guard.optionalText(street, "street", 100);
        this.postalCode = code;
        this.city = Guard.optionalText(city, "city", 100);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
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

    public long getVersion() {
        return version;
    }
}
