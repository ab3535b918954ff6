package de.nahbar.measure.domain;

import java.time.LocalDate;

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
import de.nahbar.shared.domain.RuleBroken;

/**
 * A provider (Träger) that runs measures the Jobcenter bought: its address and ways to reach it,
 * and its certification (for §45 SGB III measures an AZAV certificate from a certifying body,
 * valid for a period). Contracts and lots come from the measures it runs.
 */
@Entity
@Table(name = "provider")
@NamedQuery(name = Provider.FIND_BY_NAME, query = "select p from Provider p where p.name = :name")
public class Provider {

    public static final String FIND_BY_NAME = "Provider.findByName";

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 300;
    public static final int PHONE_MAX = 30;
    public static final int EMAIL_MAX = 120;
    public static final int CERTIFICATION_MAX = 60;
    public static final int CERTIFIED_BY_MAX = 200;

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

    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    @Column(name = "certification", length = CERTIFICATION_MAX)
    private String certification;

    @Column(name = "certified_by", length = CERTIFIED_BY_MAX)
    private String certifiedBy;

    @Column(name = "certified_until")
    private LocalDate certifiedUntil;

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

    public void changeEmail(String newEmail) {
        this.email = Guard.optionalText(newEmail, "provider e-mail", EMAIL_MAX);
    }

    /** The certificate (e.g. "AZAV"), who issued it and until when it is valid; all empty for none. */
    public void certify(String newCertification, String newCertifiedBy, LocalDate validUntil) {
        String certificate = Guard.optionalText(newCertification, "certification", CERTIFICATION_MAX);
        if (certificate == null && (validUntil != null || newCertifiedBy != null && !newCertifiedBy.isBlank())) {
            throw new RuleBroken("certification", "provider.error.certificateMissing");
        }
        if (certificate != null && validUntil == null) {
            throw new RuleBroken("certifiedUntil", "provider.error.certificationNeedsDate");
        }
        this.certification = certificate;
        this.certifiedBy = Guard.optionalText(newCertifiedBy, "certifying body", CERTIFIED_BY_MAX);
        this.certifiedUntil = validUntil;
    }

    /** Whether the provider holds a certificate that is valid on this day. */
    public boolean isCertifiedOn(LocalDate day) {
        return isCertifiedOn(certification, certifiedUntil, day);
    }

    /** The same rule for read models that carry only the two columns. */
    public static boolean isCertifiedOn(String certification, LocalDate certifiedUntil, LocalDate day) {
        return certification != null && certifiedUntil != null && !certifiedUntil.isBefore(day);
    }

    /** Whether both are the same provider, also when one of them is a lazy reference. */
    public static boolean same(Provider a, Provider b) {
        return a == b
                || a != null && b != null && a.getId() != null && a.getId().equals(b.getId());
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

    public String getEmail() {
        return email;
    }

    public String getCertification() {
        return certification;
    }

    public String getCertifiedBy() {
        return certifiedBy;
    }

    public LocalDate getCertifiedUntil() {
        return certifiedUntil;
    }

    public long getVersion() {
        return version;
    }
}
