package de.nahbar.staff.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.AUDITOR;
import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.INTEGRATION;
import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import de.nahbar.staff.domain.PasswordRule;
import de.nahbar.staff.domain.StaffEvent;
import de.nahbar.staff.domain.StaffMember;

/** The logged-in member of staff. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD, ADMIN, AUDITOR, INTEGRATION})
public class CurrentStaffService {

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    /**
     * What decides whether the caller's session may go on: the login still active, at the access
     * revision the session began with, and not waiting for its own password. One small query per
     * request (see SessionCheck).
     */
    @PermitAll
    public Standing standing() {
        List<Object[]> rows = em.createQuery(
                        "select m.active, m.accessRevision, m.passwordMustChange from StaffMember m"
                                + " where m.username = :u",
                        Object[].class)
                .setParameter("u", context.getCallerPrincipal().getName())
                .getResultList();
        if (rows.isEmpty()) {
            return new Standing(false, -1, false);
        }
        Object[] row = rows.get(0);
        return new Standing((Boolean) row[0], (Long) row[1], (Boolean) row[2]);
    }

    /** See {@link #standing()}. */
    public record Standing(boolean active, long accessRevision, boolean passwordMustChange) {}

    /**
     * The caller chooses her own password (the first time: instead of the start password she was
     * handed). Her other sessions end; returns the access revision this session goes on with.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long changePassword(@NotNull String current, @NotNull String next) {
        StaffMember me = Caller.of(context, em);
        if (!me.hasPassword() || !PasswordHasher.matches(current, me.getPasswordHash())) {
            throw new WrongPasswordException();
        }
        PasswordRule.check(next, me.getUsername(), me.getFirstName(), me.getLastName())
                .ifPresent(refusal -> {
                    throw new PasswordRefusedException(refusal);
                });
        if (PasswordHasher.matches(next, me.getPasswordHash())) {
            throw new PasswordRefusedException(null);
        }
        me.changePassword(PasswordHasher.hash(next));
        em.persist(new StaffEvent(me.getUsername(), StaffEvent.Kind.PASSWORD_CHANGED, Instant.now(), me.getUsername()));
        return me.getAccessRevision();
    }

    public StaffProfile profile() {
        StaffMember me = Caller.of(context, em);
        return new StaffProfile(
                me.getUsername(),
                me.getDisplayName(),
                me.getTeam() == null ? null : me.getTeam().getName(),
                me.getRoles());
    }
}
