package de.nahbar.staff.service;

import static de.nahbar.staff.domain.Role.ADMIN;
import static de.nahbar.staff.domain.Role.AUDITOR;
import static de.nahbar.staff.domain.Role.CASEWORKER;
import static de.nahbar.staff.domain.Role.INTEGRATION;
import static de.nahbar.staff.domain.Role.MEASURE_COORDINATOR;
import static de.nahbar.staff.domain.Role.TEAM_LEAD;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.shared.service.DemoDataTurn;
import de.nahbar.staff.domain.Location;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffEvent;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;
import de.nahbar.staff.domain.TeamKind;

/**
 * Fills an empty database with a small Jobcenter: three teams and one person for every role.
 * Runs only when the server is started with {@code -Dnahbar.demo-data=true} (the `run`
 * command and the tests do this; production does not).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class StaffDemoData {

    /** The password of every demo login. */
    public static final String PASSWORD = "demo";

    private static final Logger LOG = Logger.getLogger(StaffDemoData.class.getName());

    private static final String TEAM_U25 = "Team U25";
    private static final String TEAM_MARKET = "Team Markt und Integration Nord";
    private static final String TEAM_CASE_MANAGEMENT = "Team Fallmanagement";

    /** Demo people; the first of each role is the one README.md names. */
    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("a.schulz", "Anna", "Schulz", TEAM_MARKET, EnumSet.of(CASEWORKER)),
            new DemoPerson("b.yilmaz", "Berkan", "Yilmaz", TEAM_MARKET, EnumSet.of(CASEWORKER, MEASURE_COORDINATOR)),
            new DemoPerson("c.meyer", "Clara", "Meyer", TEAM_MARKET, EnumSet.of(TEAM_LEAD)),
            new DemoPerson("d.krueger", "Dana", "Krüger", null, EnumSet.of(ADMIN)),
            new DemoPerson("e.wagner", "Erik", "Wagner", null, EnumSet.of(AUDITOR)),
            // the benefits side's job that delivers the daily file through the REST interface
            new DemoPerson("x.leistung", "Leistungsdatei", "Schnittstelle", null, EnumSet.of(INTEGRATION)),
            new DemoPerson("f.hoffmann", "Felix", "Hoffmann", TEAM_U25, EnumSet.of(CASEWORKER)),
            new DemoPerson("g.nowak", "Greta", "Nowak", TEAM_U25, EnumSet.of(CASEWORKER)),
            new DemoPerson("h.becker", "Hanna", "Becker", TEAM_U25, EnumSet.of(TEAM_LEAD)),
            new DemoPerson("i.schmidt", "Ivo", "Schmidt", TEAM_CASE_MANAGEMENT, EnumSet.of(CASEWORKER)),
            new DemoPerson(
                    "j.weber", "Jana", "Weber", TEAM_CASE_MANAGEMENT, EnumSet.of(CASEWORKER, MEASURE_COORDINATOR)),
            new DemoPerson("k.fischer", "Katrin", "Fischer", TEAM_CASE_MANAGEMENT, EnumSet.of(TEAM_LEAD)),
            new DemoPerson("l.koch", "Lukas", "Koch", TEAM_MARKET, EnumSet.of(CASEWORKER)));

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void loadWhenWanted() {
        if (!DemoDataTurn.takeIfWanted(em)) {
            return;
        }
        if (em.createNamedQuery(StaffMember.COUNT_ALL, Long.class).getSingleResult() == 0) {
            load();
        }
        LOG.info(() -> "nahbar mit Demodaten: http://localhost:8080/ — Anmeldungen (Passwort jeweils \"" + PASSWORD
                + "\"): " + logins());
    }

    private void load() {
        Location office = new Location("Geschäftsstelle Am Markt", "Am Markt 1", "12345", "Musterstadt");
        em.persist(office);
        Map<String, Team> teams = new HashMap<>();
        Map<String, TeamKind> kinds = Map.of(
                TEAM_U25,
                TeamKind.U25,
                TEAM_MARKET,
                TeamKind.MARKET_INTEGRATION,
                TEAM_CASE_MANAGEMENT,
                TeamKind.CASE_MANAGEMENT);
        for (String name : List.of(TEAM_U25, TEAM_MARKET, TEAM_CASE_MANAGEMENT)) {
            Team team = new Team(name, kinds.get(name), office);
            em.persist(team);
            teams.put(name, team);
        }
        String hash = PasswordHasher.hash(PASSWORD);
        Instant now = Instant.now();
        for (DemoPerson person : PEOPLE) {
            StaffMember member = new StaffMember(person.username(), person.firstName(), person.lastName(), hash);
            member.changeEmail(person.username() + "@jobcenter-musterstadt.example");
            if (person.team() != null) {
                member.joinTeam(teams.get(person.team()));
            }
            em.persist(member);
            // invented people, given their roles by nobody: the staff events say so
            for (Role role : person.roles()) {
                member.grant(role);
                em.persist(
                        new StaffEvent(member.getUsername(), StaffEvent.Kind.GRANTED, now, DEMO_DATA, role, DEMO_DATA));
            }
        }
        LOG.info(() -> "Demodaten angelegt: 3 Teams, " + PEOPLE.size() + " Mitarbeitende");
    }

    /** The actor of what the demo data sets up. */
    static final String DEMO_DATA = "demodaten";

    private static String logins() {
        StringBuilder text = new StringBuilder();
        for (Role role : Role.values()) {
            PEOPLE.stream()
                    .filter(p -> p.roles().contains(role))
                    .findFirst()
                    .ifPresent(p -> text.append(text.isEmpty() ? "" : ", ")
                            .append(role)
                            .append(' ')
                            .append(p.username()));
        }
        return text.toString();
    }

    record DemoPerson(String username, String firstName, String lastName, String team, Set<Role> roles) {}
}
