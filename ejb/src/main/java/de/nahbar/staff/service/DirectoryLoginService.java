package de.nahbar.staff.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.Attributes;

import de.nahbar.staff.domain.DirectoryAccount;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;

/**
 * Right after a password was accepted: whether the login may go on, and for a directory account
 * its staff record made or brought up to date from what the directory said (names, e-mail, team,
 * roles), so that nothing is typed twice. A local login (with a password in nahbar) is taken as it
 * is. Refused: a login with no nahbar role (no mapped group: fail closed), a disabled directory
 * account, a record deactivated in nahbar, an account name nahbar cannot use.
 */
@Stateless
@DeclareRoles({
    Role.Names.CASEWORKER,
    Role.Names.MEASURE_COORDINATOR,
    Role.Names.TEAM_LEAD,
    Role.Names.ADMIN,
    Role.Names.AUDITOR,
    Role.Names.INTEGRATION
})
public class DirectoryLoginService {

    private static final Logger SECURITY = Logger.getLogger("de.nahbar.security");

    /** Whether the login may go on. */
    public enum Entry {
        IN,
        NO_ROLE,
        DEACTIVATED
    }

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    /** Called in the login's own request, as the person who just gave the right password. */
    @PermitAll
    public Entry cameIn() {
        String username = context.getCallerPrincipal().getName();
        List<StaffMember> found = em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", username)
                .getResultList();
        StaffMember member = found.isEmpty() ? null : found.get(0);
        if (member != null && !member.isDirectory()) {
            return member.isActive() ? Entry.IN : Entry.DEACTIVATED;
        }
        DirectoryAccount account = account(username);
        if (account.disabled()) {
            SECURITY.warning(() -> "Anmeldung abgelehnt: " + username + " (directory account disabled)");
            return Entry.DEACTIVATED;
        }
        if (member != null && !member.isActive()) {
            SECURITY.info(() -> "Anmeldung abgelehnt: " + username + " (deactivated in nahbar)");
            return Entry.DEACTIVATED;
        }
        if (account.roles().isEmpty()) {
            SECURITY.warning(() -> "Anmeldung abgelehnt: " + username + " (no nahbar group in the directory)");
            return Entry.NO_ROLE;
        }
        if (!StaffMember.USERNAME_PATTERN.matcher(username).matches()) {
            SECURITY.warning(() -> "Anmeldung abgelehnt: " + username + " (account name nahbar cannot use)");
            return Entry.NO_ROLE;
        }
        Team team = team(account.teamName());
        if (member == null) {
            em.persist(StaffMember.fromDirectory(account, team));
            SECURITY.info(() -> "Anmeldung aus dem Verzeichnis angelegt: " + username + " " + account.roles());
        } else {
            member.takeFromDirectory(account, team);
        }
        return Entry.IN;
    }

    private DirectoryAccount account(String username) {
        Attributes attributes =
                SecurityDomain.getCurrent().getCurrentSecurityIdentity().getAttributes();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (role != Role.INTEGRATION && context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new DirectoryAccount(
                username,
                first(attributes, "firstName"),
                first(attributes, "lastName"),
                first(attributes, "mail"),
                first(attributes, "team"),
                roles,
                DirectoryAccount.disabledBy(first(attributes, "accountControl")));
    }

    private Team team(String name) {
        if (name == null) {
            return null;
        }
        return em.createQuery("select t from Team t where lower(t.name) = lower(:name)", Team.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static String first(Attributes attributes, String key) {
        return attributes.containsKey(key) && attributes.size(key) > 0 ? attributes.get(key, 0) : null;
    }
}
