package de.nahbar.caseload.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.domain.AvailabilityReason;
import de.nahbar.caseload.domain.AvailabilityReasonKind;
import de.nahbar.caseload.domain.Contact;
import de.nahbar.caseload.domain.ContactChannel;
import de.nahbar.caseload.domain.CooperationPlan;
import de.nahbar.caseload.domain.CounsellingNote;
import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.FollowUp;
import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.caseload.domain.IntegrationProfile;
import de.nahbar.caseload.domain.MandateStatus;
import de.nahbar.caseload.domain.SupportMode;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.DemoDataTurn;
import de.nahbar.staff.domain.StaffMember;

/**
 * Demo caseloads for the demo staff: Anna Schulz carries 450 customers (about 70 active), her
 * colleagues 100 to 300, with reasons, mandates, notes, follow-ups and contacts spread over the
 * last two years. Same seed, same Jobcenter, every time.
 */
@Singleton
@Startup
@DependsOn("StaffDemoData")
public class CaseloadDemoData {

    private static final Logger LOG = Logger.getLogger(CaseloadDemoData.class.getName());

    /** Caseload sizes; the rest of the demo staff carry none. */
    /** The caseworkers of Team U25, whose customers are all under 25. */
    private static final java.util.Set<String> YOUNG_TEAM = java.util.Set.of("f.hoffmann", "g.nowak");

    static final Map<String, Integer> CASELOADS = Map.of(
            "a.schulz",
            450,
            "b.yilmaz",
            180,
            "f.hoffmann",
            140,
            "g.nowak",
            120,
            "i.schmidt",
            260,
            "j.weber",
            100,
            "l.koch",
            300);

    private static final String[] FIRST_NAMES = {
        "Mehmet",
        "Sabine",
        "Jonas",
        "Olena",
        "Ahmad",
        "Katharina",
        "Lukas",
        "Fatma",
        "Marek",
        "Julia",
        "Dimitri",
        "Sophie",
        "Emre",
        "Nadine",
        "Tobias",
        "Aylin",
        "Stefan",
        "Maria",
        "Yusuf",
        "Lena",
        "Andrzej",
        "Hannah",
        "Kevin",
        "Svetlana",
        "Paul",
        "Zeynep",
        "Michael",
        "Anja",
        "Bilal",
        "Claudia"
    };
    private static final String[] LAST_NAMES = {
        "Müller",
        "Schmidt",
        "Yılmaz",
        "Kowalski",
        "Schneider",
        "Fischer",
        "Kaya",
        "Weber",
        "Petrenko",
        "Meyer",
        "Wagner",
        "Becker",
        "Demir",
        "Hoffmann",
        "Schulz",
        "Nowak",
        "Koch",
        "Richter",
        "Klein",
        "Wolf",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Öztürk",
        "Krüger",
        "Hartmann",
        "Lange",
        "Werner",
        "Krause",
        "Lehmann",
        "Haddad",
        "Popescu",
        "Köhler",
        "Jung",
        "Hahn"
    };
    private static final String[] TOPICS = {
        "Bewerbungsunterlagen besprochen",
        "Frage zum Weiterbewilligungsantrag",
        "Termin verschoben",
        "Rückmeldung zum Vorstellungsgespräch",
        "Kinderbetreuung ab Januar geklärt",
        "Interesse an Weiterbildung Lagerlogistik",
        "Anruf wegen Nebenkostenabrechnung, an Leistung verwiesen",
        "Sprachkurs B1 angemeldet",
        "Krankmeldung eingereicht",
        "Praktikumsplatz gefunden",
        "Beschwerde über Wartezeit",
        "Ermutigung nach Absage",
        "Gesundheitliche Situation besprochen",
        "Lebenslauf überarbeitet"
    };
    private static final String[] NOTES = {
        "Frau/Herr wirkt motiviert, möchte im Einzelhandel arbeiten. Wir haben vereinbart, dass ich zwei Stellenangebote schicke.",
        "Kundin möchte zunächst die Kinderbetreuung klären; der Zeitpunkt für eine Maßnahme ist noch nicht reif.",
        "Gespräch über die Pflege des Vaters. Aktivierung derzeit nicht angezeigt; nächster Kontakt in drei Monaten.",
        "Bewerbungstraining hat geholfen, zwei Vorstellungsgespräche stehen an.",
        "Kunde wünscht Unterstützung bei der Anerkennung seines Berufsabschlusses. Anerkennungsberatung empfohlen.",
        "Auftragsklärung: Der Kunde möchte derzeit keine Unterstützung bei der Arbeitssuche, nur bei Formularen."
    };
    private static final String[] FOLLOW_UPS = {
        "Stellenangebote zusenden",
        "Rückmeldung zur Kinderbetreuung einholen",
        "Anerkennungsberatung nachfragen",
        "Kostenübernahme Bewerbungsfotos prüfen",
        "Termin zur Standortbestimmung",
        "Sprachkursbescheinigung anfordern",
        "Nach Praktikum erkundigen"
    };
    private static final String[] CALLBACKS = {
        "Frage zum Bewilligungsbescheid",
        "Termin verschieben",
        "Rückmeldung zum Vorstellungsgespräch",
        "Platz in der Kita gefunden?",
        "Unterlagen für die Weiterbildung"
    };
    private static final String[] GOALS = {
        "Ich möchte wieder im Verkauf arbeiten, am liebsten vormittags.",
        "Eine Ausbildung zur Pflegefachkraft beginnen.",
        "Erst einmal gesund werden, dann sehen wir weiter.",
        "Deutsch lernen und dann als Elektriker arbeiten.",
        "Einen Job finden, der zur Kinderbetreuung passt."
    };

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void loadWhenWanted() {
        if (!DemoDataTurn.takeIfWanted(em)
                || em.createNamedQuery(Customer.COUNT_ALL, Long.class).getSingleResult() > 0) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(20261122L);
        int number = 100_000;
        int customers = 0;
        for (String username : CASELOADS.keySet().stream().sorted().toList()) {
            List<StaffMember> found = em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                    .setParameter("username", username)
                    .getResultList();
            if (found.isEmpty()) {
                continue;
            }
            for (int i = 0; i < CASELOADS.get(username); i++) {
                createCase(found.get(0), "962D" + (number++), random, YOUNG_TEAM.contains(username));
                customers++;
                if (customers % 200 == 0) {
                    em.flush();
                    em.clear();
                    found = em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                            .setParameter("username", username)
                            .getResultList();
                }
            }
            em.flush();
            em.clear();
        }
        em.createQuery(
                        "update Customer c set c.lastContactAt = (select max(k.occurredAt) from Contact k where k.customer = c),"
                                + " c.nextDueOn = (select min(f.dueOn) from FollowUp f where f.customer = c and f.doneAt is null)")
                .executeUpdate();
        int total = customers;
        LOG.info(() -> "Demo-Fallbestände angelegt: " + total + " Kundinnen und Kunden in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private static final String[] STREETS = {
        "Lindenstraße",
        "Am Markt",
        "Bahnhofstraße",
        "Goethestraße",
        "Hallesche Straße",
        "Rosenweg",
        "Schillerplatz",
        "Ahornallee",
        "Mühlweg",
        "Friedensstraße"
    };

    private void createCase(StaffMember caseworker, String customerNumber, Random random, boolean youngTeam) {
        LocalDate today = JobcenterTime.today();
        // the young are with the U25 team, as the responsibility rules want them (one draw each, as before)
        int age = youngTeam ? 18 + random.nextInt(7) : 25 + random.nextInt(39);
        LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
        Customer customer =
                new Customer(customerNumber, pick(FIRST_NAMES, random), pick(LAST_NAMES, random), birth, caseworker);
        customer.changeMasterData(
                customer.getFirstName(),
                customer.getLastName(),
                birth,
                random.nextInt(10) < 8 ? "0151 " + (2000000 + random.nextInt(7999999)) : null,
                random.nextInt(10) < 5
                        ? customer.getFirstName().toLowerCase().replace('ı', 'i') + "." + customerNumber.substring(4)
                                + "@mail.example"
                        : null);
        customer.assignProfile(IntegrationProfile.values()[random.nextInt(IntegrationProfile.values().length)]);
        // the address from the number, so the random sequence of the other demo data stays as it was
        int house = Math.floorMod(customerNumber.hashCode(), 997);
        customer.changeAddress(
                STREETS[house % STREETS.length] + " " + (1 + house % 89), "06" + (108 + house % 40 * 3), "Musterstadt");
        em.persist(customer);
        String by = caseworker.getUsername();
        if (random.nextInt(450) < 70) {
            em.persist(customer.changeSupportMode(
                    SupportMode.ACTIVE,
                    today.minusDays(random.nextInt(300)),
                    "Kunde möchte aktiv an einer Arbeitsaufnahme arbeiten",
                    by));
        }
        int mandate = random.nextInt(10);
        if (mandate < 6) {
            customer.clarifyMandate(MandateStatus.GIVEN, today.minusDays(random.nextInt(400)), pick(GOALS, random));
        } else if (mandate < 8) {
            customer.clarifyMandate(
                    MandateStatus.DECLINED,
                    today.minusDays(random.nextInt(400)),
                    "Möchte derzeit keine Unterstützung bei der Arbeitssuche.");
        }
        if (random.nextInt(10) < 3) {
            AvailabilityReasonKind kind =
                    AvailabilityReasonKind.values()[random.nextInt(AvailabilityReasonKind.values().length)];
            LocalDate from = today.minusDays(random.nextInt(500));
            em.persist(new AvailabilityReason(
                    customer, kind, null, from, random.nextBoolean() ? null : from.plusDays(30 + random.nextInt(600))));
        }
        int contacts = random.nextInt(6);
        for (int i = 0; i < contacts; i++) {
            Instant at = today.minusDays(random.nextInt(730))
                    .atTime(8 + random.nextInt(8), random.nextInt(60))
                    .atZone(JobcenterTime.ZONE)
                    .toInstant();
            em.persist(new Contact(
                    customer,
                    ContactChannel.values()[random.nextInt(ContactChannel.values().length)],
                    at,
                    5 + random.nextInt(40),
                    pick(TOPICS, random),
                    null,
                    by));
        }
        int notes = random.nextInt(3);
        for (int i = 0; i < notes; i++) {
            em.persist(new CounsellingNote(
                    customer, pick(NOTES, random), by, Instant.now().minus(random.nextInt(700), ChronoUnit.DAYS)));
        }
        if (random.nextInt(10) < 6) {
            FollowUpKind kind = random.nextInt(4) == 0 ? FollowUpKind.COMMITMENT : FollowUpKind.FOLLOW_UP;
            em.persist(new FollowUp(
                    customer, kind, pick(FOLLOW_UPS, random), today.plusDays(random.nextInt(60) - 15), by));
        }
        if (random.nextInt(40) == 0) {
            // promised on the phone, due between yesterday and the day after tomorrow
            em.persist(new FollowUp(
                    customer,
                    FollowUpKind.CALLBACK,
                    pick(CALLBACKS, random),
                    today.plusDays(random.nextInt(4) - 1),
                    by));
        }
        if (customer.getMandateStatus() == MandateStatus.GIVEN && random.nextInt(3) == 0) {
            LocalDate agreed = today.minusDays(random.nextInt(120));
            em.persist(new CooperationPlan(
                    customer,
                    null,
                    customer.getMandateGoals(),
                    "Bewerbungen schreiben und Rückmeldungen mitbringen",
                    "Passende Stellenangebote schicken",
                    agreed,
                    agreed.plusMonths(3),
                    by,
                    Instant.now()));
        }
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
