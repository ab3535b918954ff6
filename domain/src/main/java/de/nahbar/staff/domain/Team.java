package de.nahbar.staff.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.RuleBroken;

/**
 * A team of the Jobcenter (e.g. "Team U25 Nord") of one kind, at one location, led by the members
 * who hold the team lead role in it.
 */
@Entity
@Cacheable
@Table(name = "team")
@NamedQuery(name = Team.FIND_BY_NAME, query = "select t from Team t where t.name = :name")
public class Team {

    public static final String FIND_BY_NAME = "Team.findByName";
    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    private Long id;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "name", nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private TeamKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    private Location location;

    @Version
    private long version;

    protected Team() {
        // for JPA
    }

    public Team(String name, TeamKind kind, Location location) {
        change(name, kind, location);
    }

    /** Name, kind and location; the location may stay open while a Jobcenter has only one. */
    public final void change(String name, TeamKind kind, Location location) {
        if (name == null || name.isBlank()) {
            throw new RuleBroken("name", "validation.required");
        }
        if (kind == null) {
            throw new RuleBroken("kind", "validation.required");
        }
        this.name = Guard.text(name, "name", NAME_MAX);
        this.kind = kind;
        this.location = location;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public TeamKind getKind() {
        return kind;
    }

    public Location getLocation() {
        return location;
    }

    public long getVersion() {
        return version;
    }
}
