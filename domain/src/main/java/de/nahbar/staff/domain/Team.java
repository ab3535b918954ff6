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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.nahbar.shared.domain.Guard;

/** A team of the Jobcenter (e.g. "Team U25 Nord"), led by a team lead. */
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

    @Version
    private long version;

    protected Team() {
        // for JPA
    }

    public Team(String name) {
        this.name = Guard.text(name, "name");
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
