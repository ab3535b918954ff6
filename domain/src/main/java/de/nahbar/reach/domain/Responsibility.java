package de.nahbar.reach.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import de.nahbar.shared.domain.EmailAddress;
import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.PhoneNumber;

/**
 * One topic of the responsibility directory (Zuständigkeiten): who is responsible for it, how
 * to reach them and when, so that a caseworker can refer a caller in one sentence.
 */
@Entity
@Table(name = "responsibility")
public class Responsibility {

    public static final int TOPIC_MAX = 100;
    public static final int UNIT_MAX = 200;
    public static final int HOURS_MAX = 200;
    public static final int NOTE_MAX = 1000;
    public static final int EMAIL_MAX = 254;

    @Id
    @SequenceGenerator(name = "responsibility_seq", sequenceName = "responsibility_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "responsibility_seq")
    private Long id;

    @Column(name = "topic", nullable = false, unique = true, length = TOPIC_MAX)
    private String topic;

    @Column(name = "unit", nullable = false, length = UNIT_MAX)
    private String unit;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    @Column(name = "hours", length = HOURS_MAX)
    private String hours;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Version
    private long version;

    protected Responsibility() {
        // for JPA
    }

    public Responsibility(String topic, String unit, String phone, String email, String hours, String note) {
        change(topic, unit, phone, email, hours, note);
    }

    /** Everything checked before anything changes; the phone keeps the readable form it was typed in. */
    public final void change(
            String newTopic, String newUnit, String newPhone, String newEmail, String newHours, String newNote) {
        String t = Guard.text(newTopic, "topic", TOPIC_MAX);
        String u = Guard.text(newUnit, "unit", UNIT_MAX);
        String p = Guard.optionalText(newPhone, "phone", 30);
        if (p != null) {
            PhoneNumber.require(p);
        }
        String e = Guard.optionalText(newEmail, "email", EMAIL_MAX);
        if (e != null && !EmailAddress.isPlausible(e)) {
            throw new IllegalArgumentException("invalid email: " + e);
        }
        this.topic = t;
        this.unit = u;
        this.phone = p;
        this.email = e;
        this.hours = Guard.optionalText(newHours, "hours", HOURS_MAX);
        this.note = Guard.optionalText(newNote, "note", NOTE_MAX);
    }

    /** The sentence a referral records: where the caller was sent and how to reach them. */
    public String referral() {
        StringBuilder text = new StringBuilder(topic).append(": ").append(unit);
        if (phone != null) {
            text.append(", Tel. ").append(phone);
        }
        if (email != null) {
            text.append(", ").append(email);
        }
        return text.toString();
    }

    public Long getId() {
        return id;
    }

    public String getTopic() {
        return topic;
    }

    public String getUnit() {
        return unit;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getHours() {
        return hours;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
