package de.nahbar.reach.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.PhoneNumber;
import de.nahbar.shared.domain.RuleBroken;
import de.nahbar.staff.domain.StaffMember;

/**
 * A caseworker's own decision whether invitation letters carry their direct dial and e-mail
 * address, and their phone hours. Off until the caseworker switches it on; every change is also
 * written as a {@link ReachabilityConsent}, so the consent and its date can be shown.
 */
@Entity
@Table(name = "reachability_settings")
public class ReachabilitySettings {

    public static final int HOURS_MAX = 200;

    @Id
    @SequenceGenerator(
            name = "reachability_settings_seq",
            sequenceName = "reachability_settings_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reachability_settings_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_member_id", nullable = false, updatable = false, unique = true)
    private StaffMember caseworker;

    /** As the caseworker wrote it, to be printed so; checked to be dialable. */
    @Column(name = "direct_dial", length = 30)
    private String directDial;

    @Column(name = "publish_phone", nullable = false)
    private boolean publishPhone;

    @Column(name = "publish_email", nullable = false)
    private boolean publishEmail;

    @Column(name = "phone_hours", length = HOURS_MAX)
    private String phoneHours;

    @Version
    private long version;

    protected ReachabilitySettings() {
        // for JPA
    }

    /** Everything off: nothing is published until the caseworker decides so. */
    public ReachabilitySettings(StaffMember caseworker) {
        this.caseworker = Objects.requireNonNull(caseworker, "caseworker");
    }

    /**
     * The caseworker's decision; the direct dial is kept as written, the consent records its canonical form. Returns the consent
     * record to keep, or null when what is published did not change.
     */
    public ReachabilityConsent decide(String dial, boolean phone, boolean email, String hours, String by, Instant at) {
        String canonical = dial == null || dial.isBlank() ? null : PhoneNumber.require(dial);
        if (phone && canonical == null) {
            throw new RuleBroken("directDial", "reach.dialNeeded");
        }
        if (email && caseworker.getEmail() == null) {
            throw new RuleBroken("publishEmail", "reach.emailNeeded");
        }
        boolean changed = phone != publishPhone
                || email != publishEmail
                || phone && !canonical.equals(PhoneNumber.canonical(directDial).orElse(null));
        this.directDial = canonical == null ? null : dial.strip();
        this.publishPhone = phone;
        this.publishEmail = email;
        this.phoneHours = Guard.optionalText(hours, "phoneHours", HOURS_MAX);
        return changed ? new ReachabilityConsent(caseworker, phone ? canonical : null, email, by, at) : null;
    }

    public StaffMember getCaseworker() {
        return caseworker;
    }

    public String getDirectDial() {
        return directDial;
    }

    public boolean isPublishPhone() {
        return publishPhone;
    }

    public boolean isPublishEmail() {
        return publishEmail;
    }

    public String getPhoneHours() {
        return phoneHours;
    }

    public long getVersion() {
        return version;
    }
}
