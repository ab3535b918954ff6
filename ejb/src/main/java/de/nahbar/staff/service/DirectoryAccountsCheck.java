package de.nahbar.staff.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.Attributes;

import de.nahbar.shared.service.NahbarException;
import de.nahbar.shared.service.TimerRunRecorder;
import de.nahbar.staff.domain.DirectoryAccount;
import de.nahbar.staff.domain.StaffMember;

/**
 * Each night (and when an administrator asks) every active directory login is looked up in the
 * directory through the server's own realm: an account the directory deleted or disabled is
 * deactivated in nahbar, and its customers go to the queue of its team for the team lead to hand
 * over. A directory that does not answer changes nothing.
 */
@Singleton
@DependsOn("SchemaMigration")
@Interceptors(TimerRunRecorder.class) // the age of its last success is a metric
public class DirectoryAccountsCheck {

    /** Who the history names as having deactivated such a login. */
    static final String BY = "Verzeichnis";

    private static final Logger LOG = Logger.getLogger(DirectoryAccountsCheck.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<LoginDeactivating> deactivating;

    @Schedule(hour = "2", minute = "30", persistent = true, info = "Konten im Verzeichnis prüfen")
    void everyNight() {
        if (DirectoryMode.on()) {
            compare();
        }
    }

    /** At once, for an administrator after a leaver's account was removed from the directory. */
    @RolesAllowed(ADMIN)
    public DirectoryCheck now() {
        return compare();
    }

    private DirectoryCheck compare() {
        SecurityDomain domain = SecurityDomain.getCurrent();
        List<StaffMember> members = em.createQuery(
                        "select m from StaffMember m left join fetch m.team where m.directory = true and m.active = true"
                                + " order by m.username",
                        StaffMember.class)
                .getResultList();
        int deactivated = 0;
        int left = 0;
        for (StaffMember member : members) {
            boolean gone;
            try {
                gone = goneFrom(domain, member.getUsername());
            } catch (RealmUnavailableException down) {
                LOG.warning(() -> "Abgleich mit dem Verzeichnis abgebrochen: " + down.getMessage());
                return new DirectoryCheck(members.size(), deactivated, left, false);
            }
            if (gone) {
                try {
                    Leavers.deactivate(em, deactivating, member, BY, true);
                    deactivated++;
                } catch (NahbarException noQueue) {
                    LOG.warning(() -> "Anmeldung " + member.getUsername()
                            + " ist im Verzeichnis gelöscht oder gesperrt, aber ohne Team: bitte von Hand übergeben");
                    left++;
                }
            }
        }
        int done = deactivated;
        LOG.info(() -> "Abgleich mit dem Verzeichnis: " + members.size() + " geprüft, " + done + " deaktiviert");
        return new DirectoryCheck(members.size(), deactivated, left, true);
    }

    /** Deleted (no such identity any more) or disabled (Active Directory's flag). */
    private static boolean goneFrom(SecurityDomain domain, String username) throws RealmUnavailableException {
        if (domain == null) {
            throw new RealmUnavailableException("no security domain");
        }
        RealmIdentity identity = domain.getIdentity(username);
        try {
            if (!identity.exists()) {
                return true;
            }
            Attributes attributes = identity.getAuthorizationIdentity().getAttributes();
            String control = attributes.containsKey("accountControl") && attributes.size("accountControl") > 0
                    ? attributes.get("accountControl", 0)
                    : null;
            return DirectoryAccount.disabledBy(control);
        } finally {
            identity.dispose();
        }
    }
}
