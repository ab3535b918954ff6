package de.nahbar.staff.domain;

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

import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.RuleBroken;

/**
 * A responsibility rule (Zuständigkeitsregel), kept by the administrators: either a team's rule
 * (the team takes customers with surnames from one letter to another, optionally only for postal
 * codes beginning with a prefix) or a caseworker's rule (within the caseworker's team, the
 * caseworker takes those). The team's kind decides the age: a U25 team takes those under 25,
 * every other team those from 25. How the rules together decide: {@link Responsibility}. A rule
 * is never edited or deleted but ended, so what assigned a customer stays one rule as it was.
 */
@Entity
@Table(name = "assignment_rule")
public class AssignmentRule {

    @Id
    @SequenceGenerator(name = "assignment_rule_seq", sequenceName = "assignment_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_rule_seq")
    private Long id;

    /** The team of a team rule; null for a caseworker's rule, which speaks for the caseworker's team. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id", updatable = false)
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "caseworker_id", updatable = false)
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

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected AssignmentRule() {
        // for JPA
    }

    /** A team's rule. Letters A to Z (umlauts count as their vowel); a prefix of one to five digits, or none. */
    public static AssignmentRule forTeam(
            Team team, String letterFrom, String letterTo, String postalPrefix, String by, Instant at) {
        if (team == null) {
            throw new RuleBroken("team", "validation.required");
        }
        AssignmentRule rule = new AssignmentRule(letterFrom, letterTo, postalPrefix, by, at);
        rule.team = team;
        return rule;
    }

    /** A caseworker's rule within the caseworker's team; only an active caseworker who belongs to a team. */
    public static AssignmentRule forCaseworker(
            StaffMember caseworker, String letterFrom, String letterTo, String postalPrefix, String by, Instant at) {
        if (caseworker == null || !caseworker.isActive() || !caseworker.hasRole(Role.CASEWORKER)) {
            throw new RuleBroken("caseworker", "assignment.notCaseworker");
        }
        if (caseworker.getTeam() == null) {
            throw new RuleBroken("caseworker", "assignment.noTeam");
        }
        AssignmentRule rule = new AssignmentRule(letterFrom, letterTo, postalPrefix, by, at);
        rule.caseworker = caseworker;
        return rule;
    }

    private AssignmentRule(String letterFrom, String letterTo, String postalPrefix, String by, Instant at) {
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
        char initial = Responsibility.initial(value);
        if (initial == 0 || value.strip().length() != 1) {
            throw new RuleBroken(field, "assignment.letter");
        }
        return initial;
    }

    /** The rule no longer assigns anyone from now on; what it assigned stays recorded with it. */
    public void end(String by, Instant at) {
        if (endedAt == null) {
            this.endedBy = Guard.text(by, "by", 64);
            this.endedAt = Objects.requireNonNull(at, "at");
        }
    }

    /** The rule as {@link Responsibility} reads it, with the team and caseworker as they are now. */
    public Responsibility.Terms terms() {
        Team of = caseworker == null ? team : caseworker.getTeam();
        return new Responsibility.Terms(
                id,
                of == null ? null : of.getId(),
                of == null ? null : of.getKind(),
                caseworker == null ? null : caseworker.getId(),
                caseworker != null && caseworker.isActive() && caseworker.hasRole(Role.CASEWORKER),
                letterFrom,
                letterTo,
                postalPrefix);
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Team getTeam() {
        return team;
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
