package de.nahbar.staff.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.shared.service.Like;
import de.nahbar.staff.domain.LoginThrottle;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffEvent;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;

/** The administrators' view of users, teams and roles. Shows no case content. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@Interceptors(DomainRules.class)
public class StaffAdministrationService {

    private static final Logger SECURITY = Logger.getLogger("de.nahbar.security");

    private static final String MATCHING = " from StaffMember m left join m.team t"
            + " where (:q is null or lower(m.lastName) like :q escape '\\'"
            + " or lower(m.firstName) like :q escape '\\' or lower(m.username) like :q escape '\\'"
            + " or lower(t.name) like :q escape '\\')"
            + " and (:heldOnly = false or exists (select t.id from LoginThrottle t where t.kind <> :address"
            + " and t.username = m.username and t.waitUntil > :now))";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private EJBContext context;

    @Inject
    private Event<LoginDeactivating> deactivating;

    public long count(String search, boolean heldOnly) {
        return em.createQuery("select count(m)" + MATCHING, Long.class)
                .setParameter("q", Like.containing(search))
                .setParameter("heldOnly", heldOnly)
                .setParameter("address", LoginThrottle.Kind.ADDRESS)
                .setParameter("now", Instant.now())
                .getSingleResult();
    }

    /** A page of staff, by last and first name; roles and waits come in one batch query each for the page. */
    public List<StaffRow> list(String search, boolean heldOnly, @Min(0) int offset, @Min(1) @Max(500) int limit) {
        Instant now = Instant.now();
        TypedQuery<StaffMember> query =
                em.createQuery("select m" + MATCHING + " order by m.lastName, m.firstName, m.id", StaffMember.class);
        List<StaffMember> members = query.setParameter("q", Like.containing(search))
                .setParameter("heldOnly", heldOnly)
                .setParameter("address", LoginThrottle.Kind.ADDRESS)
                .setParameter("now", now)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        Map<String, Instant> waits =
                LoginWaits.of(em, members.stream().map(StaffMember::getUsername).toList(), now);
        return members.stream().map(m -> StaffRow.of(m, waits)).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TeamRef> teams() {
        return em.createQuery(
                        "select new " + TeamRef.class.getName() + "(t.id, t.name) from Team t order by t.name",
                        TeamRef.class)
                .getResultList();
    }

    /**
     * Ends the waits of a login at once (LoginThrottle); written to the staff events and the
     * security log. Needs no version: releasing twice is releasing once.
     */
    public void unlock(long staffMemberId) {
        StaffMember member = StaffRecords.member(em, staffMemberId);
        LoginWaits.release(
                em, member.getUsername(), context.getCallerPrincipal().getName());
    }

    /**
     * A new login, without password and without roles: the roles are asked for (RoleGrant) and
     * take effect when a second person confirms them, who then hands over a start password. The
     * login name must be new, also among those who have left.
     */
    public long create(@NotNull @Valid NewLogin login) {
        String username = login.username().strip();
        if (StaffRecords.loginExists(em, username)) {
            throw new UsernameTakenException(username);
        }
        StaffMember member = new StaffMember(username, login.firstName(), login.lastName());
        member.changeEmail(login.email());
        if (login.teamId() != null) {
            member.joinTeam(em.getReference(Team.class, login.teamId()));
        }
        em.persist(member);
        String admin = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        em.persist(new StaffEvent(username, StaffEvent.Kind.CREATED, now, admin));
        login.roles().stream().sorted().forEach(role -> GrantSteps.ask(em, member, role, admin, now));
        SECURITY.info(() -> "Anmeldung angelegt: " + username + ", asked for " + login.roles() + " by " + admin);
        return member.getId();
    }

    /** The login, its roles, the roles it awaits and what happened to it, newest first. */
    public Optional<MemberDetail> detail(long staffMemberId) {
        StaffMember m = em.find(StaffMember.class, staffMemberId);
        if (m == null) {
            return Optional.empty();
        }
        List<MemberDetail.Event> events = em.createQuery(
                        "select e from StaffEvent e where e.username = :u" + " order by e.occurredAt desc, e.id desc",
                        StaffEvent.class)
                .setParameter("u", m.getUsername())
                .setMaxResults(200)
                .getResultStream()
                .map(e -> new MemberDetail.Event(
                        e.getOccurredAt(), e.getKind(), e.getRole(), e.getActor(), e.getConfirmedBy()))
                .toList();
        return Optional.of(new MemberDetail(
                m.getId(),
                m.getVersion(),
                m.getUsername(),
                m.getDisplayName(),
                m.getTeam() == null ? null : m.getTeam().getName(),
                m.getEmail(),
                m.isActive(),
                m.hasPassword(),
                m.isDirectory(),
                m.getRoles().stream().sorted().toList(),
                GrantSteps.pendingFor(em, m).stream().map(PendingGrant::of).toList(),
                events));
    }

    /**
     * A leaver: the login no longer gets in, its roles and open requests end, its sessions end at
     * their next request. Refused for one's own login, and (by caseload) while customers are
     * still assigned to it.
     */
    public void deactivate(long staffMemberId, long version) {
        deactivate(staffMemberId, version, false);
    }

    /**
     * A leaver whose customers nobody took over yet: they go to the queue of the leaver's team,
     * for its team lead to assign, and the login is deactivated as {@link #deactivate} does.
     */
    public void deactivateQueuingCustomers(long staffMemberId, long version) {
        deactivate(staffMemberId, version, true);
    }

    private void deactivate(long staffMemberId, long version, boolean customersToQueue) {
        StaffMember member = versioned(staffMemberId, version);
        String admin = context.getCallerPrincipal().getName();
        if (member.getUsername().equals(admin)) {
            throw new OwnLoginException();
        }
        Leavers.deactivate(em, deactivating, member, admin, customersToQueue);
    }

    /** Back again, without roles: each is asked for and confirmed anew. */
    public void reactivate(long staffMemberId, long version) {
        StaffMember member = versioned(staffMemberId, version);
        String admin = context.getCallerPrincipal().getName();
        member.reactivate();
        em.persist(new StaffEvent(member.getUsername(), StaffEvent.Kind.REACTIVATED, Instant.now(), admin));
        SECURITY.info(() -> "Anmeldung reaktiviert: " + member.getUsername() + " by " + admin);
    }

    private StaffMember versioned(long staffMemberId, long version) {
        StaffMember member = StaffRecords.member(em, staffMemberId);
        if (member.getVersion() != version) {
            throw new ConcurrentChangeException("staff member " + staffMemberId);
        }
        return member;
    }
}
