package de.nahbar.it.container;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;
import de.nahbar.staff.service.PasswordHasher;

/** Creates the people and teams a test needs, each with a unique name, so tests never collide. */
@Stateless
@PermitAll
public class TestStaff {

    public static final String PASSWORD = "Test-Passwort-1";

    @PersistenceContext
    private EntityManager em;

    public String newTeam(String prefix) {
        String name = prefix + " " + UUID.randomUUID().toString().substring(0, 8);
        em.persist(new Team(name));
        return name;
    }

    /** A new active member of staff with the given roles and {@link #PASSWORD}; returns the login name. */
    public String newMember(String teamName, Role... roles) {
        String username = "it." + UUID.randomUUID().toString().substring(0, 12);
        StaffMember member =
                new StaffMember(username, "Test", "Person " + username.substring(3, 9), PasswordHasher.hash(PASSWORD));
        if (teamName != null) {
            member.joinTeam(em.createNamedQuery(Team.FIND_BY_NAME, Team.class)
                    .setParameter("name", teamName)
                    .getSingleResult());
        }
        for (Role role : roles) {
            member.grant(role);
        }
        em.persist(member);
        return username;
    }

    public void setEmail(String username, String email) {
        em.createQuery("select m from StaffMember m where m.username = :u", de.nahbar.staff.domain.StaffMember.class)
                .setParameter("u", username)
                .getSingleResult()
                .changeEmail(email);
    }

    /** Locks a login; the realm must refuse it from then on. */
    public void deactivate(String username) {
        em.createQuery("update StaffMember m set m.active = false where m.username = :username")
                .setParameter("username", username)
                .executeUpdate();
    }
}
