package de.nahbar.staff.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.AUDITOR;
import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.INTEGRATION;
import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;

import de.nahbar.shared.domain.RuleBroken;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.ConcurrentChanges;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.staff.domain.Jobcenter;
import de.nahbar.staff.domain.Location;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.Team;

/**
 * The organisation the administrators keep: the Jobcenter's own details (every letter's head),
 * its locations and its teams. Administrators maintain it and never read a case through it;
 * everyone who writes letters reads the Jobcenter's details.
 */
@Stateless
@Interceptors(DomainRules.class)
@RolesAllowed(ADMIN)
public class OrganisationService {

    @PersistenceContext
    private EntityManager em;

    /** The Jobcenter's details, empty until an administrator first saves them. */
    @RolesAllowed({CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD, ADMIN, AUDITOR, INTEGRATION})
    public Optional<Jobcenter.Details> jobcenter() {
        return Optional.ofNullable(em.find(Jobcenter.class, Jobcenter.ID)).map(Jobcenter::details);
    }

    /** The details with the version the form must send back; empty until first saved. */
    public Optional<JobcenterEdit> jobcenterToEdit() {
        return Optional.ofNullable(em.find(Jobcenter.class, Jobcenter.ID))
                .map(jobcenter -> new JobcenterEdit(jobcenter.details(), jobcenter.getVersion()));
    }

    /** Saves the details; {@code loadedVersion} null when there were none yet. */
    public void saveJobcenter(@NotNull Jobcenter.Details details, Long loadedVersion) {
        Jobcenter jobcenter = em.find(Jobcenter.class, Jobcenter.ID);
        if (jobcenter == null) {
            if (loadedVersion != null) {
                throw new ConcurrentChangeException("jobcenter");
            }
            em.persist(new Jobcenter(details));
        } else {
            if (loadedVersion == null || jobcenter.getVersion() != loadedVersion) {
                throw new ConcurrentChangeException("jobcenter");
            }
            jobcenter.change(details);
        }
        ConcurrentChanges.flush(em, "jobcenter");
    }

    public List<LocationRow> locations() {
        return em.createNamedQuery(Location.ALL, Location.class)
                .getResultStream()
                .map(LocationRow::of)
                .toList();
    }

    public long createLocation(@NotNull LocationForm form) {
        nameFree(form.name(), null);
        Location location = new Location(form.name(), form.street(), form.postalCode(), form.city());
        em.persist(location);
        return location.getId();
    }

    public void changeLocation(long locationId, long loadedVersion, @NotNull LocationForm form) {
        Location location = current(em.find(Location.class, locationId), locationId, loadedVersion);
        nameFree(form.name(), location);
        location.change(form.name(), form.street(), form.postalCode(), form.city());
        ConcurrentChanges.flush(em, "location " + locationId);
    }

    /** All teams by name, each with its team leads (active members holding the role) and its size. */
    public List<TeamRow> teams() {
        Map<Long, List<String>> leads = new HashMap<>();
        em.createQuery(
                        "select m.team.id, m.firstName, m.lastName from StaffMember m join m.roles r"
                                + " where r = :lead and m.active = true order by m.lastName, m.firstName",
                        Object[].class)
                .setParameter("lead", Role.TEAM_LEAD)
                .getResultList()
                .forEach(row -> leads.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(row[1] + " " + row[2]));
        Map<Long, Long> sizes = new HashMap<>();
        em.createQuery(
                        "select m.team.id, count(m) from StaffMember m where m.active = true and m.team is not null"
                                + " group by m.team.id",
                        Object[].class)
                .getResultList()
                .forEach(row -> sizes.put((Long) row[0], (Long) row[1]));
        return em.createQuery("select t from Team t left join fetch t.location order by t.name", Team.class)
                .getResultStream()
                .map(team -> new TeamRow(
                        team.getId(),
                        team.getName(),
                        team.getKind(),
                        team.getLocation() == null ? null : team.getLocation().getId(),
                        team.getLocation() == null ? null : team.getLocation().getName(),
                        List.copyOf(leads.getOrDefault(team.getId(), List.of())),
                        sizes.getOrDefault(team.getId(), 0L),
                        team.getVersion()))
                .toList();
    }

    public long createTeam(@NotNull TeamForm form) {
        teamNameFree(form.name(), null);
        Team team = new Team(form.name(), form.kind(), location(form.locationId()));
        em.persist(team);
        return team.getId();
    }

    public void changeTeam(long teamId, long loadedVersion, @NotNull TeamForm form) {
        Team team = em.find(Team.class, teamId);
        if (team == null || team.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("team " + teamId);
        }
        teamNameFree(form.name(), team);
        team.change(form.name(), form.kind(), location(form.locationId()));
        ConcurrentChanges.flush(em, "team " + teamId);
    }

    private Location location(Long locationId) {
        if (locationId == null) {
            return null;
        }
        Location location = em.find(Location.class, locationId);
        if (location == null) {
            throw new ConcurrentChangeException("location " + locationId);
        }
        return location;
    }

    private static Location current(Location location, long locationId, long loadedVersion) {
        if (location == null || location.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("location " + locationId);
        }
        return location;
    }

    private void teamNameFree(String name, Team self) {
        if (name != null) {
            refuseTaken(
                    em.createNamedQuery(Team.FIND_BY_NAME, Team.class).setParameter("name", name.strip()),
                    self,
                    "organisation.teamNameTaken");
        }
    }

    private void nameFree(String name, Location self) {
        if (name != null) {
            refuseTaken(
                    em.createQuery("select l from Location l where l.name = :name", Location.class)
                            .setParameter("name", name.strip()),
                    self,
                    "organisation.locationNameTaken");
        }
    }

    /** Names are unique: another record of the same name is refused at the name field. */
    private static <T> void refuseTaken(TypedQuery<T> sameName, T self, String messageKey) {
        if (sameName.getResultStream().anyMatch(other -> other != self)) {
            throw new RuleBroken("name", messageKey);
        }
    }
}
