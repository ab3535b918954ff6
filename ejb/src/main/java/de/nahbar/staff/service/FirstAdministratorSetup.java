package de.nahbar.staff.service;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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
 * The first administrators of a Jobcenter that starts nahbar on an empty database, the way
 * application servers do it: when no active login holds the administration role, nahbar creates
 * two ({@code admin} and {@code admin2}, or the names in {@code -Dnahbar.first-admins=a,b}), each
 * with its own start password written once to the server log. Two, because every later role
 * grant needs a second person to confirm it: with one, nobody could confirm the first grant. A
 * start password works for one login, which must set its own password before anything else (as
 * every start password); from then on the logged one is worthless. Once an administrator exists,
 * nothing happens here again; everyone else comes in through the administration page.
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
        List<String> usernames = Arrays.stream(System.getProperty("nahbar.first-admins", "admin,admin2")
                        .split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .distinct()
                .toList();
        if (usernames.size() != 2) {
            LOG.severe(() -> "Keine Administration angelegt: nahbar.first-admins nennt " + usernames
                    + "; es braucht genau zwei Benutzernamen, weil jede Rollenvergabe eine zweite Person bestätigt.");
            return;
        }
        for (String username : usernames) {
            if (!StaffMember.USERNAME_PATTERN.matcher(username).matches()) {
                LOG.severe(() -> "Keine Administration angelegt: der Benutzername „" + username
                        + "“ aus nahbar.first-admins ist ungültig (Kleinbuchstaben, Ziffern, . _ -).");
                return;
            }
            if (StaffRecords.loginExists(em, username)) {
                LOG.severe(
                        () -> "Keine Administration angelegt: die Anmeldung „" + username
                                + "“ gibt es schon, ohne Administrationsrolle. Mit -Dnahbar.first-admins=… freie Namen wählen.");
                return;
            }
        }
        Instant now = Instant.now();
        for (int i = 0; i < usernames.size(); i++) {
            create(usernames.get(i), i + 1, now);
        }
    }

    private void create(String username, int number, Instant now) {
        StaffMember admin = new StaffMember(username, "Erste", "Administration " + number);
        String password = StartPasswords.newFor(admin);
        admin.startPassword(PasswordHasher.hash(password));
        admin.grant(Role.ADMIN);
        em.persist(admin);
        em.persist(new StaffEvent(username, StaffEvent.Kind.CREATED, now, SETUP));
        em.persist(new StaffEvent(username, StaffEvent.Kind.GRANTED, now, SETUP, Role.ADMIN, SETUP));
        LOG.warning(() -> "Erste Anmeldung für die Administration " + number + " von 2: Benutzername „" + username
                + "“, Startpasswort „" + password + "“. Es gilt für eine Anmeldung, die sofort ein eigenes Passwort"
                + " setzt. Jedes der beiden Startpasswörter bitte einer anderen Person geben.");
    }

    private long administrators() {
        return em.createQuery(
                        "select count(m) from StaffMember m join m.roles r where r = :admin and m.active = true",
                        Long.class)
                .setParameter("admin", Role.ADMIN)
                .getSingleResult();
    }
}
