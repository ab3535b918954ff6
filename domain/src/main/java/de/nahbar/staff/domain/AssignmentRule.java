package de.nahbar.staff.domain;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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

import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.RuleBroken;

/**
 * Who takes a new customer (Zuständigkeitsregel): a caseworker, for surnames from one letter to
 * another, and optionally only for postal codes beginning with a prefix. The caseworker's team
 * decides the age: a U25 team takes those under 25, every other team those from 25 (§44c SGB II
 * keys them apart). When several rules cover a customer, the one with the longer postal prefix,
 * then the narrower letter range, then the older rule wins, so the outcome never depends on order.
 */
@Entity
@Table(name = "assignment_rule")
public class AssignmentRule {

    /** The first comparison that decides, in the order the class comment gives. */
    private static final Comparator<AssignmentRule> MOST_SPECIFIC = Comparator.comparingInt(
                    (AssignmentRule r) -> -(r.postalPrefix == null ? 0 : r.postalPrefix.length()))
            .thenComparingInt(r -> r.letterTo - r.letterFrom)
            .thenComparing(r -> r.id == null ? Long.MAX_VALUE : r.id);

    @Id
    @SequenceGenerator(name = "assignment_rule_seq", sequenceName = "assignment_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_rule_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "caseworker_id", nullable = false, updatable = false)
    private StaffMember caseworker;

    @Column(name = "letter_from", nullable = false, updatable = false, length = 1)
    private char letterFrom;

    @Column(name = "letter_to", nullable = false, updatable = false, length = 1)
    private char letterTo;

    @Column(name = "postal_prefix", updatable = false, length = 5)
    private String postalPrefix;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AssignmentRule() {
        // for JPA
    }

    /** Letters A to Z (umlauts count as their vowel); a prefix of one to five digits, or none. */
    public AssignmentRule(
            StaffMember caseworker, String letterFrom, String letterTo, String postalPrefix, String by, Instant at) {
        this.caseworker = Objects.requireNonNull(caseworker, "caseworker");
        if (!caseworker.isActive() || !caseworker.hasRole(Role.CASEWORKER)) {
            throw new RuleBroken("caseworker", "assignment.notCaseworker");
        }
        this.letterFrom = letter(letterFrom, "letterFrom");
        this.letterTo = letter(letterTo, "letterTo");
        if (this.letterFrom > this.letterTo) {
            throw new RuleBroken("letterTo", "assignment.lettersOrder");
        }
        String prefix = postalPrefix == null ? "" : postalPrefix.strip();
        if (!prefix.isEmpty() && !prefix.matches("\\d{1,5}")) {
            throw new RuleBroken("postalPrefix", "assignment.postalPrefix");
        }
        this.postalPrefix = prefix.isEmpty() ? null : prefix;
        this.createdBy = Guard.text(by, "by", 64);
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    private static char letter(String value, String field) {
        char initial = initial(value);
        if (initial == 0 || value.strip().length() != 1) {
            throw new RuleBroken(field, "assignment.letter");
        }
        return initial;
    }

    /** The surname's initial as the rules compare it: A to Z, umlauts as their vowel; 0 for none. */
    public static char initial(String surname) {
        if (surname == null || surname.isBlank()) {
            return 0;
        }
        String plain = Normalizer.normalize(surname.strip().substring(0, 1), Normalizer.Form.NFD)
                .toUpperCase(Locale.GERMAN);
        char c = plain.charAt(0);
        return c >= 'A' && c <= 'Z' ? c : 0;
    }

    /** Whether the rule takes a customer of this surname, postal code and birth date on {@code day}. */
    public boolean covers(String surname, String postalCode, LocalDate birthDate, LocalDate day) {
        char initial = initial(surname);
        if (initial == 0 || initial < letterFrom || initial > letterTo) {
            return false;
        }
        if (postalPrefix != null && (postalCode == null || !postalCode.startsWith(postalPrefix))) {
            return false;
        }
        Team team = caseworker.getTeam();
        if (team == null) {
            return true;
        }
        boolean young = Period.between(birthDate, day).getYears() < 25;
        return young == (team.getKind() == TeamKind.U25);
    }

    /** The caseworker the most specific covering rule names, among rules of active caseworkers. */
    public static Optional<StaffMember> responsible(
            List<AssignmentRule> rules, String surname, String postalCode, LocalDate birthDate, LocalDate day) {
        return rules.stream()
                .filter(r -> r.caseworker.isActive() && r.caseworker.hasRole(Role.CASEWORKER))
                .filter(r -> r.covers(surname, postalCode, birthDate, day))
                .min(MOST_SPECIFIC)
                .map(r -> r.caseworker);
    }

    public Long getId() {
        return id;
    }

    public StaffMember getCaseworker() {
        return caseworker;
    }

    public char getLetterFrom() {
        return letterFrom;
    }

    public char getLetterTo() {
        return letterTo;
    }

    public String getPostalPrefix() {
        return postalPrefix;
    }
}
