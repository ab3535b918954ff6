package de.nahbar.provider.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.Provider;
import de.nahbar.shared.domain.Guard;

/** Someone on a provider's staff whom caseworkers and coordinators call directly, with the measures they look after. */
@Entity
@Table(name = "provider_contact")
public class ProviderContact {

    public static final int NAME_MAX = 120;
    public static final int FUNCTION_MAX = 120;
    public static final int PHONE_MAX = 30;
    public static final int EMAIL_MAX = 120;

    @Id
    @SequenceGenerator(name = "provider_contact_seq", sequenceName = "provider_contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_contact_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "job_function", length = FUNCTION_MAX)
    private String function;

    @Column(name = "phone", length = PHONE_MAX)
    private String phone;

    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "provider_contact_measure",
            joinColumns = @JoinColumn(name = "contact_id"),
            inverseJoinColumns = @JoinColumn(name = "measure_id"))
    private Set<Measure> measures = new HashSet<>();

    @Version
    private long version;

    protected ProviderContact() {
        // for JPA
    }

    public ProviderContact(Provider provider, String name, String function, String phone, String email) {
        this.provider = Objects.requireNonNull(provider, "provider");
        change(name, function, phone, email);
    }

    public final void change(String newName, String newFunction, String newPhone, String newEmail) {
        this.name = Guard.text(newName, "contact name", NAME_MAX);
        this.function = Guard.optionalText(newFunction, "function", FUNCTION_MAX);
        this.phone = Guard.optionalText(newPhone, "phone", PHONE_MAX);
        this.email = Guard.optionalText(newEmail, "e-mail", EMAIL_MAX);
    }

    /** The measures this person looks after; each must be one of the provider's. */
    public void lookAfter(Collection<Measure> newMeasures) {
        for (Measure measure : newMeasures) {
            if (!Provider.same(measure.getProvider(), provider)) {
                throw new IllegalArgumentException("measure " + measure.getNumber() + " is run by another provider");
            }
        }
        measures.clear();
        measures.addAll(newMeasures);
    }

    /** The person left the provider; they stay in earlier visits but are no longer listed as a contact. */
    public void leave() {
        active = false;
    }

    public Long getId() {
        return id;
    }

    public Provider getProvider() {
        return provider;
    }

    public String getName() {
        return name;
    }

    public String getFunction() {
        return function;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Measure> getMeasures() {
        return Set.copyOf(measures);
    }

    public long getVersion() {
        return version;
    }
}
