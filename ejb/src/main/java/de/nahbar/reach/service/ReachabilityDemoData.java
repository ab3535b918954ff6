package de.nahbar.reach.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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

import de.nahbar.caseload.domain.Contact;
import de.nahbar.caseload.domain.ContactChannel;
import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.FollowUp;
import de.nahbar.reach.domain.CallTopic;
import de.nahbar.reach.domain.ReachabilityConsent;
import de.nahbar.reach.domain.ReachabilitySettings;
import de.nahbar.reach.domain.ReachabilityTrial;
import de.nahbar.reach.domain.Responsibility;
import de.nahbar.reach.domain.TrialFigures;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.DemoDataTurn;
import de.nahbar.staff.domain.StaffMember;

/**
 * Reachability for the demo Jobcenter: a responsibility directory of 15 topics; Lukas Koch
 * publishes direct dial and e-mail; Anna Schulz is four months into a six-month trial that she
 * shares, with calls on every working day in which "not my responsibility" falls from about a
 * third to a tenth as her customers learn whom to call, and callbacks mostly made in time.
 */
@Singleton
@Startup
@DependsOn("ProviderDemoData")
public class ReachabilityDemoData {

    private static final Logger LOG = Logger.getLogger(ReachabilityDemoData.class.getName());

    /** Topic, unit, phone, e-mail, hours, note. */
    private static final String[][] DIRECTORY = {
        {
            "Leistungsberechnung (Bürgergeld)",
            "Leistungsabteilung, Team Leistung 1–4",
            "0345 7001-200",
            "leistung@jobcenter-musterstadt.example",
            "Mo–Fr 8–12 Uhr, Do 14–18 Uhr",
            "Bescheide, Nachzahlungen, Änderungen im Einkommen"
        },
        {
            "Kosten der Unterkunft",
            "Leistungsabteilung, Team KdU",
            "0345 7001-250",
            null,
            "Mo–Fr 8–12 Uhr",
            "Miete, Nebenkostenabrechnung, Umzug"
        },
        {
            "Kindergeld",
            "Familienkasse der Bundesagentur für Arbeit",
            "0800 4 5555 30",
            null,
            "Mo–Fr 8–18 Uhr",
            "Gebührenfrei; Kinderzuschlag ebenfalls dort"
        },
        {
            "Wohngeld",
            "Wohngeldstelle der Stadt Musterstadt",
            "0345 221-4040",
            "wohngeld@musterstadt.example",
            "Di 9–12 Uhr, Do 14–17 Uhr",
            "Vorrangig vor Bürgergeld prüfen"
        },
        {
            "Rentenversicherung",
            "Deutsche Rentenversicherung, Auskunfts- und Beratungsstelle",
            "0800 1000 4800",
            null,
            "Mo–Do 7:30–19:30 Uhr, Fr 7:30–15:30 Uhr",
            "Rentenauskunft, Kontenklärung, Reha"
        },
        {
            "Schuldnerberatung",
            "Schuldner- und Insolvenzberatung der Diakonie",
            "0345 690-1122",
            null,
            "Offene Sprechstunde Mi 10–12 Uhr",
            "Termin vorher telefonisch; kostenlos"
        },
        {
            "Suchtberatung",
            "Suchtberatungsstelle Musterstadt",
            "0345 690-2233",
            null,
            "Mo–Fr 9–16 Uhr",
            "Auch anonym möglich"
        },
        {
            "Bildung und Teilhabe",
            "Jobcenter, Team BuT",
            "0345 7001-300",
            "but@jobcenter-musterstadt.example",
            "Mo–Fr 8–12 Uhr",
            "Schulbedarf, Klassenfahrten, Lernförderung"
        },
        {
            "Krankenversicherung",
            "Leistungsabteilung, Team Sozialversicherung",
            "0345 7001-280",
            null,
            "Mo–Fr 8–12 Uhr",
            "Anmeldung, Beiträge, Bescheinigungen"
        },
        {
            "Unterhaltsvorschuss",
            "Jugendamt Musterstadt, Unterhaltsvorschusskasse",
            "0345 221-5050",
            null,
            "Di und Do 9–12 Uhr",
            null
        },
        {"Elterngeld", "Elterngeldstelle des Landesverwaltungsamts", "0345 514-3000", null, "Mo–Fr 9–12 Uhr", null},
        {
            "Ausländerbehörde, Aufenthalt",
            "Ausländerbehörde der Stadt Musterstadt",
            "0345 221-6060",
            null,
            "Termine nur nach Vereinbarung",
            "Aufenthaltstitel, Arbeitserlaubnis"
        },
        {
            "Anerkennung ausländischer Abschlüsse",
            "IQ Netzwerk Anerkennungsberatung",
            "0345 690-3344",
            null,
            "Mo–Mi 9–15 Uhr",
            "Kostenlose Beratung"
        },
        {
            "Arbeitslosengeld (SGB III)",
            "Agentur für Arbeit Musterstadt",
            "0800 4 5555 00",
            null,
            "Mo–Fr 8–18 Uhr",
            "Wenn Anspruch auf Arbeitslosengeld besteht oder bestand"
        },
        {
            "Widerspruch",
            "Jobcenter, Widerspruchsstelle",
            "0345 7001-400",
            "widerspruch@jobcenter-musterstadt.example",
            "Mo–Fr 9–12 Uhr",
            "Widerspruch schriftlich oder zur Niederschrift"
        }
    };

    private static final String[] OWN = {
        "Frage zur Bewerbung bei einem Pflegedienst",
        "Rückmeldung zum Vorstellungsgespräch",
        "Frage zum Coaching-Termin beim Träger",
        "Unterlagen für den Bildungsgutschein",
        "Kinderbetreuung geklärt, Beginn möglich"
    };

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void loadWhenWanted() {
        if (!DemoDataTurn.takeIfWanted(em)
                || em.createQuery("select count(r) from Responsibility r", Long.class)
                                .getSingleResult()
                        > 0
                || em.createNamedQuery(Customer.COUNT_ALL, Long.class).getSingleResult() == 0) {
            return;
        }
        List<Responsibility> directory = new ArrayList<>();
        for (String[] row : DIRECTORY) {
            Responsibility responsibility = new Responsibility(row[0], row[1], row[2], row[3], row[4], row[5]);
            em.persist(responsibility);
            directory.add(responsibility);
        }
        LocalDate today = JobcenterTime.today();
        StaffMember koch = Reachable.staff(em, "l.koch");
        publish(koch, "0345 7001-1412", "Di und Do 9–11 Uhr", today.minusMonths(2));

        StaffMember schulz = Reachable.staff(em, "a.schulz");
        LocalDate start = today.minusMonths(4);
        publish(schulz, "0345 7001-1187", "Mo–Do 8–10 Uhr", start);
        ReachabilityTrial trial = new ReachabilityTrial(schulz, start, ReachabilityTrial.DEFAULT_MONTHS);
        trial.share(true);
        em.persist(trial);
        int calls = logCalls(schulz, start, today, directory);
        LOG.info(() -> "Demo-Erreichbarkeit angelegt: " + DIRECTORY.length + " Zuständigkeiten, " + calls
                + " Anrufe im Erreichbarkeitsversuch von a.schulz");
    }

    private void publish(StaffMember caseworker, String dial, String hours, LocalDate on) {
        ReachabilitySettings settings = new ReachabilitySettings(caseworker);
        ReachabilityConsent consent = settings.decide(
                dial,
                true,
                true,
                hours,
                caseworker.getUsername(),
                JobcenterTime.startOf(on).plus(8, ChronoUnit.HOURS));
        em.persist(settings);
        em.persist(consent);
    }

    /** Calls on the working days of the trial so far; returns how many. */
    private int logCalls(StaffMember caseworker, LocalDate from, LocalDate today, List<Responsibility> directory) {
        List<Customer> callers = em.createQuery(
                        "select c from Customer c where c.caseworker = :cw and c.phone is not null" + " order by c.id",
                        Customer.class)
                .setParameter("cw", caseworker)
                .setMaxResults(120)
                .getResultList();
        Random random = new Random(10);
        long days = ChronoUnit.DAYS.between(from, today);
        int count = 0;
        String by = caseworker.getUsername();
        for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
            if (!TrialFigures.isWorkingDay(day)) {
                continue;
            }
            // "not my responsibility" falls from about 35 % to about 10 % over the months
            double notMine = 0.35 - 0.25 * ChronoUnit.DAYS.between(from, day) / days;
            int callsThatDay = 2 + random.nextInt(5);
            for (int i = 0; i < callsThatDay; i++) {
                Customer customer = callers.get(random.nextInt(callers.size()));
                Instant at = JobcenterTime.startOf(day)
                        .plus(8, ChronoUnit.HOURS)
                        .plus(random.nextInt(150), ChronoUnit.MINUTES);
                CallTopic topic = random.nextDouble() < notMine ? CallTopic.NOT_RESPONSIBLE : pickOther(random);
                String referral = topic == CallTopic.NOT_RESPONSIBLE
                        ? directory.get(random.nextInt(directory.size())).referral()
                        : null;
                String note = topic == CallTopic.OWN_MATTER ? OWN[random.nextInt(OWN.length)] : null;
                em.persist(new Contact(
                                customer,
                                ContactChannel.PHONE_IN,
                                at,
                                3 + random.nextInt(topic == CallTopic.ENCOURAGEMENT ? 20 : 10),
                                CallService.topicText(topic),
                                note,
                                by)
                        .asCall(topic.name(), referral));
                count++;
                if (topic == CallTopic.OWN_MATTER && random.nextInt(4) == 0 && day.isBefore(today.minusDays(3))) {
                    FollowUp callback =
                            FollowUp.callback(customer, "Rückruf: " + note, at.plus(FollowUp.CALLBACK_WINDOW), by, at);
                    // most callbacks are made the same or the next day, a few only after the window closed
                    long hours = random.nextInt(10) == 0 ? 50 + random.nextInt(24) : 2 + random.nextInt(30);
                    callback.complete(by, at.plus(hours, ChronoUnit.HOURS), "Erreicht, Anliegen geklärt");
                    em.persist(callback);
                }
            }
        }
        em.flush();
        em.createQuery(
                        "update Customer c set c.lastContactAt = (select max(k.occurredAt) from Contact k where k.customer = c)"
                                + " where c.caseworker = :cw")
                .setParameter("cw", caseworker)
                .executeUpdate();
        return count;
    }

    private static CallTopic pickOther(Random random) {
        int n = random.nextInt(20);
        if (n < 13) {
            return CallTopic.OWN_MATTER;
        }
        if (n < 15) {
            return CallTopic.APPOINTMENT_CHANGE;
        }
        if (n < 17) {
            return CallTopic.ENCOURAGEMENT;
        }
        return n < 18 ? CallTopic.COMPLAINT : CallTopic.OTHER;
    }
}
