package de.nahbar.staff.service;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.shared.service.StartupTurn;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffEvent;
import de.nahbar.staff.domain.StaffMember;

/**
 * The first administrator of a Jobcenter that starts nahbar on an empty database, the way
 * application servers do it: when no active login holds the administration role, nahbar creates
 * one (user name {@code admin}, or {@code -Dnahbar.first-admin=…}) with a start password and
 * writes both once to the server log. The start password works for one login, which must set
 * its own password before anything else (as every start password); from then on the logged one
 * is worthless. Once an administrator exists, nothing happens here again. Everyone else comes in
 * through the administration page and the four-eyes grants.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "StaffDemoData"})
public class FirstAdministratorSetup {

    /** Who the staff history names as having set up the first administrator. */
    static final String SETUP = "einrichtung";

    private static final Logger LOG = Logger.getLogger(FirstAdministratorSetup.class.getName());

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void createWhenNobodyAdministers() {
        // the turn only when it may be needed: demo-data loaders hold it for long (H2 waits 2 s)
        if (administrators() > 0) {
            return;
        }
        StartupTurn.take(em);
        if (administrators() > 0) {
            return;
        }
        String username = System.getProperty("nahbar.first-admin", "admin");
        if (!StaffMember.USERNAME_PATTERN.matcher(username).matches()) {
            LOG.severe(() -> "Keine Administration angelegt: der Benutzername „" + username
                    + "“ aus nahbar.first-admin ist ungültig (Kleinbuchstaben, Ziffern, . _ -).");
            return;
        }
        if (!em.createNamedQuery(StaffMember.ID_BY_USERNAME, Long.class)
                .setParameter("username", username)
                .getResultList()
                .isEmpty()) {
            LOG.severe(
                    () -> "Keine Administration angelegt: die Anmeldung „" + username
                            + "“ gibt es schon, ohne Administrationsrolle. Mit -Dnahbar.first-admin=… einen freien Namen wählen.");
            return;
        }
        StaffMember admin = new StaffMember(username, "Erste", "Administration");
        String password = StartPasswords.newFor(admin);
        admin.startPassword(PasswordHasher.hash(password));
        admin.grant(Role.ADMIN);
        em.persist(admin);
        Instant now = Instant.now();
        em.persist(new StaffEvent(username, StaffEvent.Kind.CREATED, now, SETUP));
        em.persist(new StaffEvent(username, StaffEvent.Kind.GRANTED, now, SETUP, Role.ADMIN, SETUP));
        LOG.warning(() -> "Erste Anmeldung für die Administration: Benutzername „" + username + "“, Startpasswort „"
                + password + "“. Es gilt für eine Anmeldung, die sofort ein eigenes Passwort setzt.");
    }

    private long administrators() {
        return em.createQuery(
                        "select count(m) from StaffMember m join m.roles r where r = :admin and m.active = true",
                        Long.class)
                .setParameter("admin", Role.ADMIN)
                .getSingleResult();
    }
}
