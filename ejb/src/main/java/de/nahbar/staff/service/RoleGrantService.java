package de.nahbar.staff.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.RoleGrant;
import de.nahbar.staff.domain.StaffEvent;
import de.nahbar.staff.domain.StaffMember;

/**
 * Roles asked for and decided by a second person (separation of duties, see {@link RoleGrant}):
 * administrators ask; another administrator, or for caseworker and measure coordinator the lead
 * of the login's team, confirms or refuses. Every step goes to the staff events with who asked
 * and who decided, and to the security log.
 */
@Stateless
@Interceptors(DomainRules.class)
public class RoleGrantService {

    private static final Logger SECURITY = Logger.getLogger("de.nahbar.security");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private EJBContext context;

    /** Asks for {@code role} for the login; nothing changes until a second person confirms. */
    @RolesAllowed(ADMIN)
    public void request(long staffMemberId, @NotNull Role role) {
        StaffMember member = StaffRecords.member(em, staffMemberId);
        refuseDirectoryAccount(member);
        if (member.hasRole(role) || !pending(member, role).isEmpty()) {
            throw new IllegalStateException(member.getUsername() + " holds or awaits " + role);
        }
        GrantSteps.ask(em, member, role, me(), Instant.now());
    }

    /** The grants the caller may decide: never her own requests, never for herself. */
    @RolesAllowed({ADMIN, TEAM_LEAD})
    public List<PendingGrant> decidable() {
        StaffMember me = Caller.of(context, em);
        boolean admin = me.hasRole(Role.ADMIN);
        return em.createQuery(
                        "select g from RoleGrant g join fetch g.member m left join fetch m.team t"
                                + " where g.status = :pending and g.requestedBy <> :me and m.username <> :me"
                                + " and (:admin = true or (g.role in :teamRoles and t.id = :team))"
                                + " order by g.requestedAt, g.id",
                        RoleGrant.class)
                .setParameter("pending", RoleGrant.Status.PENDING)
                .setParameter("me", me.getUsername())
                .setParameter("admin", admin)
                .setParameter("teamRoles", RoleGrant.CONFIRMED_BY_TEAM_LEAD)
                .setParameter("team", me.getTeam() == null ? -1L : me.getTeam().getId())
                .getResultStream()
                .map(PendingGrant::of)
                .toList();
    }

    /**
     * Confirms the grant: the login holds the role from now on. A login without a password gets
     * a start password, returned this once to hand over.
     */
    @RolesAllowed({ADMIN, TEAM_LEAD})
    public Confirmation confirm(long grantId, long version) {
        StaffMember me = Caller.of(context, em);
        RoleGrant grant = decidableGrant(grantId, version, me);
        Instant now = Instant.now();
        grant.confirm(me.getUsername(), me.getRoles(), teamOf(me), now);
        StaffMember member = grant.getMember();
        em.persist(new StaffEvent(
                member.getUsername(),
                StaffEvent.Kind.GRANTED,
                now,
                grant.getRequestedBy(),
                grant.getRole(),
                me.getUsername()));
        SECURITY.info(() -> "Rolle erteilt: " + grant.getRole() + " for " + member.getUsername() + ", asked by "
                + grant.getRequestedBy() + ", confirmed by " + me.getUsername());
        String startPassword = null;
        if (!member.hasPassword()) {
            startPassword = StartPasswords.newFor(member);
            member.startPassword(PasswordHasher.hash(startPassword));
            em.persist(new StaffEvent(member.getUsername(), StaffEvent.Kind.START_PASSWORD, now, me.getUsername()));
        }
        return new Confirmation(member.getUsername(), member.getDisplayName(), grant.getRole(), startPassword);
    }

    @RolesAllowed({ADMIN, TEAM_LEAD})
    public void refuse(long grantId, long version) {
        StaffMember me = Caller.of(context, em);
        RoleGrant grant = decidableGrant(grantId, version, me);
        Instant now = Instant.now();
        grant.refuse(me.getUsername(), me.getRoles(), teamOf(me), now);
        em.persist(new StaffEvent(
                grant.getMember().getUsername(),
                StaffEvent.Kind.GRANT_REFUSED,
                now,
                grant.getRequestedBy(),
                grant.getRole(),
                me.getUsername()));
        SECURITY.info(() -> "Rolle abgelehnt: " + grant.getRole() + " for "
                + grant.getMember().getUsername() + " by " + me.getUsername());
    }

    /** An administrator takes a request back before it is decided. */
    @RolesAllowed(ADMIN)
    public void withdraw(long grantId, long version) {
        GrantSteps.withdraw(em, grant(grantId, version), me(), Instant.now());
    }

    /** Takes a role away at once: taking access away needs nobody's confirmation. */
    @RolesAllowed(ADMIN)
    public void revoke(long staffMemberId, @NotNull Role role) {
        StaffMember member = StaffRecords.member(em, staffMemberId);
        refuseDirectoryAccount(member);
        String me = me();
        if (member.getUsername().equals(me) && role == Role.ADMIN) {
            // else the last administrator could leave nahbar without one
            throw new GrantNotAllowedException(RoleGrant.Refusal.OWN_GRANT);
        }
        if (member.revoke(role)) {
            em.persist(new StaffEvent(member.getUsername(), StaffEvent.Kind.REVOKED, Instant.now(), me, role, null));
            SECURITY.info(() -> "Rolle entzogen: " + role + " from " + member.getUsername() + " by " + me);
        }
    }

    private List<RoleGrant> pending(StaffMember member, Role role) {
        return GrantSteps.pendingFor(em, member).stream()
                .filter(g -> g.getRole() == role)
                .toList();
    }

    private RoleGrant decidableGrant(long grantId, long version, StaffMember me) {
        RoleGrant grant = grant(grantId, version);
        grant.whyNotDecidedBy(me.getUsername(), me.getRoles(), teamOf(me)).ifPresent(refusal -> {
            SECURITY.warning(() -> "Rollenfreigabe verweigert: " + me.getUsername() + " may not decide grant " + grantId
                    + " (" + refusal + ")");
            throw new GrantNotAllowedException(refusal);
        });
        return grant;
    }

    private RoleGrant grant(long grantId, long version) {
        RoleGrant grant = em.find(RoleGrant.class, grantId, LockModeType.PESSIMISTIC_WRITE);
        if (grant == null) {
            throw new GrantNotAllowedException(RoleGrant.Refusal.NOT_ENTITLED);
        }
        if (grant.getVersion() != version) {
            throw new ConcurrentChangeException("role grant " + grantId);
        }
        return grant;
    }

    private static Long teamOf(StaffMember member) {
        return member.getTeam() == null ? null : member.getTeam().getId();
    }

    private String me() {
        return context.getCallerPrincipal().getName();
    }

    /** A directory account's roles change with its groups; in nahbar it can only be deactivated. */
    private static void refuseDirectoryAccount(StaffMember member) {
        if (member.isDirectory()) {
            throw new GrantNotAllowedException(RoleGrant.Refusal.FROM_DIRECTORY);
        }
    }
}
