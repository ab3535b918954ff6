package de.nahbar.reach.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.Size;

import de.nahbar.reach.domain.ReachabilityConsent;
import de.nahbar.reach.domain.ReachabilitySettings;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.staff.domain.StaffMember;

/**
 * A caseworker's own reachability settings. Every method works on the caller's settings and
 * takes no one else's name: nobody can switch on publication for someone else.
 */
@Stateless
@RolesAllowed(CASEWORKER)
@Interceptors(DomainRules.class)
public class ReachabilityService {

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    public MySettings mine() {
        StaffMember me = me();
        ReachabilitySettings settings = settingsOf(me, false);
        List<MySettings.Consent> consents = em.createQuery(
                        "select new " + MySettings.Consent.class.getName()
                                + "(c.decidedAt, c.directDial, c.email) from ReachabilityConsent c where c.caseworker = :me"
                                + " order by c.decidedAt desc, c.id desc",
                        MySettings.Consent.class)
                .setParameter("me", me)
                .getResultList();
        return new MySettings(
                settings == null ? null : settings.getDirectDial(),
                settings != null && settings.isPublishPhone(),
                settings != null && settings.isPublishEmail(),
                settings == null ? null : settings.getPhoneHours(),
                settings == null ? -1 : settings.getVersion(),
                me.getEmail(),
                consents,
                Reachable.absences(em, me, null));
    }

    /**
     * The caller's decision; {@code loadedVersion} is the version {@link #mine()} showed (-1 for
     * settings not yet made). Returns the new version.
     */
    public long decide(
            long loadedVersion,
            @Size(max = 30) String directDial,
            boolean publishPhone,
            boolean publishEmail,
            @Size(max = ReachabilitySettings.HOURS_MAX) String phoneHours) {
        StaffMember me = me();
        ReachabilitySettings settings = settingsOf(me, false);
        if (settings == null ? loadedVersion >= 0 : settings.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("reachability settings of " + me.getUsername());
        }
        if (settings == null) {
            settings = settingsOf(me, true);
        }
        ReachabilityConsent consent =
                settings.decide(directDial, publishPhone, publishEmail, phoneHours, me.getUsername(), Instant.now());
        if (consent != null) {
            em.persist(consent);
        }
        try {
            em.flush();
        } catch (PersistenceException e) { // a version conflict, or the same settings made twice at once
            throw new ConcurrentChangeException("reachability settings of " + me.getUsername());
        }
        return settings.getVersion();
    }

    private ReachabilitySettings settingsOf(StaffMember me, boolean create) {
        return Reachable.settingsOf(em, me, create);
    }

    private StaffMember me() {
        return Reachable.staff(em, context.getCallerPrincipal().getName());
    }
}
