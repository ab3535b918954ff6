package de.nahbar.measure.domain;

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

/**
 * A provider (Träger) that runs measures. Here only what a measure's page shows: name, address
 * and phone; contacts, contracts, visits and deficiencies belong to provider relations.
 */
@Entity
@Table(name = "provider")
@NamedQuery(name = Provider.FIND_BY_NAME, query = "select p from Provider p where p.name = :name")
public class Provider {

    public static final String FIND_BY_NAME = "Provider.findByName";

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 300;
    public static final int PHONE_MAX = 30;

    @Id
    @SequenceGenerator(name = "provider_seq", sequenceName = "provider_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_seq")
    private Long id;

    @Column(name = "name", nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Column(name = "address", length = ADDRESS_MAX)
    private String address;

    @Column(name = "phone", length = PHONE_MAX)
    private String phone;

    @Version
    private long version;

    protected Provider() {
        // for JPA
    }

    public Provider(String name, String address, String phone) {
        this.name = Guard.text(name, "provider name", NAME_MAX);
        changeContact(address, phone);
    }

    public final void changeContact(String newAddress, String newPhone) {
        this.address = Guard.optionalText(newAddress, "provider address", ADDRESS_MAX);
        this.phone = Guard.optionalText(newPhone, "provider phone", PHONE_MAX);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }
}
