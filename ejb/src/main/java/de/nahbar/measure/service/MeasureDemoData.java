package de.nahbar.measure.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
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

import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.NoticeKind;
import de.nahbar.measure.domain.EntryDate;
import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.FillRequest;
import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.MeasureStatus;
import de.nahbar.measure.domain.MeasureTerms;
import de.nahbar.measure.domain.ParticipationFeedback;
import de.nahbar.measure.domain.Placement;
import de.nahbar.measure.domain.PlacementEvent;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.measure.domain.Proposal;
import de.nahbar.measure.domain.ProposalOutcome;
import de.nahbar.measure.domain.Provider;
import de.nahbar.measure.domain.ProviderReport;
import de.nahbar.measure.domain.ReportHandling;
import de.nahbar.measure.domain.ReportKind;
import de.nahbar.measure.domain.TargetGroup;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.DemoDataTurn;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;

/**
 * Demo measures for the demo Jobcenter: 40 measures of 15 providers across the legal bases,
 * entry dates over the next six months, partly filled, some full with a waiting list, some
 * reservations about to lapse, two dropout-risk reports on Anna Schulz's Mein Tag, progress
 * reports, feedback after completed participations and open fill requests. Berkan Yilmaz
 * coordinates the first 14 measures (Jana Weber deputises), Jana Weber the next 14. Same seed,
 * same Jobcenter, every time.
 */
@Singleton
@Startup
@DependsOn("CaseloadDemoData")
public class MeasureDemoData {

    private static final Logger LOG = Logger.getLogger(MeasureDemoData.class.getName());

    static final int MEASURES = 40;

    private static final String[][] PROVIDERS = {
        {"Bildungswerk Musterstadt gGmbH", "Hafenstraße 12, 12345 Musterstadt", "0345 100200"},
        {"Arbeit und Leben Nord e.V.", "Lindenallee 3, 12345 Musterstadt", "0345 220330"},
        {"Jugendwerkstatt Brücke gGmbH", "Am Bahnhof 7, 12347 Musterstadt", "0345 330440"},
        {"Berufsförderungswerk Elbe GmbH", "Industrieweg 21, 12349 Musterstadt", "0345 440550"},
        {"Perspektive Frauen e.V.", "Marktplatz 5, 12345 Musterstadt", "0345 550660"},
        {"Kolping Bildungszentrum", "Kirchgasse 2, 12351 Musterstadt", "0345 660770"},
        {"Sprachschule Babylon GmbH", "Goethestraße 40, 12345 Musterstadt", "0345 770880"},
        {"Diakonie Beschäftigung gGmbH", "Friedensplatz 9, 12353 Musterstadt", "0345 880990"},
        {"IHK-Bildungsinstitut", "Handelsstraße 1, 12345 Musterstadt", "0345 123123"},
        {"Gesundheitswerk Aufwind e.V.", "Parkweg 14, 12355 Musterstadt", "0345 234234"},
        {"Coaching Plus GmbH", "Bürocenter Süd, 12357 Musterstadt", "0345 345345"},
        {"Stadtteilwerkstatt Ost e.V.", "Oststraße 88, 12359 Musterstadt", "0345 456456"},
        {"Grüne Arbeit gGmbH", "Gärtnerweg 6, 12361 Musterstadt", "0345 567567"},
        {"Netzwerk Alleinerziehende e.V.", "Rosenstraße 11, 12345 Musterstadt", "0345 678678"},
        {"Digitalakademie Mitte GmbH", "Bahnhofsplatz 1, 12345 Musterstadt", "0345 789789"}
    };

    private static final Object[][] KINDS = {
        {
            "Aktivierungscenter: Bewerbung und Perspektive",
            LegalBasis.SGB3_45,
            TargetGroup.ALL,
            "Gemeinsam Stärken entdecken, Bewerbungsunterlagen erstellen und erste Vorstellungsgespräche üben. Kleine Gruppen, feste Ansprechperson."
        },
        {
            "Jugend aktiv: Orientierung für junge Menschen",
            LegalBasis.SGB2_16H,
            TargetGroup.UNDER_25,
            "Für junge Menschen, die Schule oder Ausbildung abgebrochen haben: Tagesstruktur, Beratung, Praktika in Werkstätten."
        },
        {
            "Arbeitsgelegenheit Stadtteilpflege",
            LegalBasis.SGB2_16D,
            TargetGroup.LONG_TERM_UNEMPLOYED,
            "Zusätzliche, im öffentlichen Interesse liegende Arbeiten in Grünanlagen und Stadtteiltreffs, mit sozialpädagogischer Begleitung."
        },
        {
            "Ganzheitliche Betreuung: Gesundheit und Alltag",
            LegalBasis.SGB2_16K,
            TargetGroup.HEALTH_RESTRICTIONS,
            "Begleitung bei gesundheitlichen Einschränkungen: Stabilisierung, Klärung mit Ärzten und Therapeuten, kleine Schritte zur Teilhabe."
        },
        {
            "Teilhabe am Arbeitsmarkt: Coaching im Betrieb",
            LegalBasis.SGB2_16I,
            TargetGroup.LONG_TERM_UNEMPLOYED,
            "Beschäftigungsbegleitendes Coaching für Menschen in geförderter Beschäftigung nach §16i SGB II."
        },
        {
            "Teilzeitqualifizierung für Alleinerziehende",
            LegalBasis.SGB3_45,
            TargetGroup.SINGLE_PARENTS,
            "Qualifizierung in Teilzeit, vormittags, abgestimmt auf Kita- und Schulzeiten; Kinderbetreuung wird mit organisiert."
        },
        {
            "Berufsbezogenes Deutsch mit Praktikum",
            LegalBasis.SGB3_45,
            TargetGroup.LANGUAGE_SUPPORT,
            "Fachsprache im Berufsfeld Lager, Pflege oder Handwerk, verbunden mit einem betrieblichen Praktikum."
        },
        {
            "Eingliederung Langzeitarbeitsloser: Start im Betrieb",
            LegalBasis.SGB2_16E,
            TargetGroup.LONG_TERM_UNEMPLOYED,
            "Begleitung der ersten Monate in einem Arbeitsverhältnis mit Lohnkostenzuschuss nach §16e SGB II."
        },
        {
            "Erfahrung zählt: Coaching ab 50",
            LegalBasis.SGB3_45,
            TargetGroup.OVER_50,
            "Einzelcoaching für Menschen ab 50: Kompetenzen sichtbar machen, Netzwerk nutzen, Arbeitgeber direkt ansprechen."
        },
        {
            "Digitale Grundkompetenzen",
            LegalBasis.OTHER,
            TargetGroup.ALL,
            "Umgang mit Smartphone, E-Mail und Online-Bewerbung; Jobbörsen und digitale Behördengänge."
        }
    };

    private static final String[] LOCATIONS = {
        "Musterstadt-Mitte", "Musterstadt-Nord", "Musterstadt-Ost", "Musterstadt-Süd"
    };

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void loadWhenWanted() {
        if (!DemoDataTurn.takeIfWanted(em)
                || em.createNamedQuery(Measure.COUNT_ALL, Long.class).getSingleResult() > 0
                || em.createNamedQuery(Customer.COUNT_ALL, Long.class).getSingleResult() == 0) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(20261124L);
        LocalDate today = JobcenterTime.today();
        List<Provider> providers = new ArrayList<>();
        for (String[] p : PROVIDERS) {
            Provider provider = new Provider(p[0], p[1], p[2]);
            em.persist(provider);
            providers.add(provider);
        }
        StaffMember yilmaz = member("b.yilmaz");
        StaffMember weber = member("j.weber");
        List<Long> customers = em.createQuery("select c.id from Customer c order by c.id", Long.class)
                .getResultList();
        List<Long> annas = em.createQuery(
                        "select c.id from Customer c where c.caseworker.username = 'a.schulz'" + " order by c.id",
                        Long.class)
                .getResultList();
        Set<Long> placed = new HashSet<>();
        int placements = 0;
        for (int i = 0; i < MEASURES; i++) {
            Object[] kind = KINDS[i % KINDS.length];
            boolean rolling = i % 4 == 3;
            boolean planned = i % 10 == 9;
            LocalDate startsOn =
                    planned ? today.plusDays(20 + random.nextInt(40)) : today.minusDays(30 + random.nextInt(120));
            int entryPlaces = 8 + random.nextInt(8);
            Measure measure = new Measure(
                    new MeasureTerms(
                            String.format("962-%s-2026-%03d", code((LegalBasis) kind[1]), i + 1),
                            kind[0] + (i < KINDS.length ? "" : " " + (i / KINDS.length + 1)),
                            (LegalBasis) kind[1],
                            (String) kind[3],
                            (TargetGroup) kind[2],
                            LOCATIONS[i % LOCATIONS.length],
                            "V-2026-" + (100 + i),
                            "Los " + (1 + i % 5),
                            entryPlaces * 2 / 3,
                            entryPlaces,
                            new BigDecimal(420 + random.nextInt(900)).setScale(2),
                            12 + 4 * random.nextInt(6),
                            rolling ? EntryMode.ROLLING : EntryMode.FIXED_DATES,
                            startsOn,
                            startsOn.plusMonths(12)),
                    providers.get(i % providers.size()));
            measure.changeStatus(planned ? MeasureStatus.PLANNED : MeasureStatus.RUNNING);
            if (i < 14) {
                measure.addCoordinator(yilmaz);
                measure.nameDeputyCoordinator(weber);
            } else if (i < 28) {
                measure.addCoordinator(weber);
                measure.nameDeputyCoordinator(yilmaz);
            } else {
                measure.addCoordinator(i % 2 == 0 ? yilmaz : weber);
            }
            em.persist(measure);
            List<EntryDate> entries = new ArrayList<>();
            if (rolling) {
                entries.add(measure.addEntryDate(startsOn, entryPlaces));
            } else {
                LocalDate first = startsOn.isBefore(today) ? today.minusDays(14) : startsOn;
                for (int month = 0; month < 6; month++) {
                    entries.add(measure.addEntryDate(first.plusMonths(month), entryPlaces));
                }
            }
            entries.forEach(em::persist);
            em.flush();
            for (EntryDate entry : entries) {
                // fuller near today, emptier later: a typical picture for the coordinator
                boolean past = entry.getEntryOn().isBefore(today) || rolling;
                int fill = planned
                        ? random.nextInt(3)
                        : past ? entryPlaces - random.nextInt(3) : random.nextInt(entryPlaces + 1);
                for (int k = 0; k < fill; k++) {
                    Long customer = pick(i < 6 && k == 0 ? annas : customers, placed, random);
                    // reservations are short-lived: a few for the next weeks, the rest already allocated
                    boolean soon = entry.getEntryOn().isBefore(today.plusWeeks(6));
                    PlacementStatus target = past
                            ? PlacementStatus.STARTED
                            : soon && random.nextInt(6) == 0 ? PlacementStatus.RESERVED : PlacementStatus.ALLOCATED;
                    place(measure, entry, customer, target, today, random);
                    placements++;
                }
                if (fill >= entryPlaces && !past) {
                    for (int w = 0; w < 1 + random.nextInt(3); w++) {
                        queue(measure, entry, pick(customers, placed, random), today);
                        placements++;
                    }
                }
            }
            em.flush();
            em.clear();
            yilmaz = member("b.yilmaz");
            weber = member("j.weber");
            providers = em.createQuery("select p from Provider p order by p.id", Provider.class)
                    .getResultList();
        }
        dropoutRisks(annas, today);
        reportsFeedbackAndRequests(today);
        int total = placements;
        LOG.info(() -> "Demo-Maßnahmen angelegt: " + MEASURES + " Maßnahmen von " + PROVIDERS.length + " Trägern, "
                + total + " Platzierungen in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** Two of Anna Schulz's participants are at risk of dropping out: they show on her Mein Tag. */
    private void dropoutRisks(List<Long> annas, LocalDate today) {
        List<Placement> started = em.createQuery(
                        "select p from Placement p join fetch p.entryDate e join fetch e.measure"
                                + " where p.status = :started and p.customer.id in :annas order by p.id",
                        Placement.class)
                .setParameter("started", PlacementStatus.STARTED)
                .setParameter("annas", annas)
                .setMaxResults(2)
                .getResultList();
        for (Placement placement : started) {
            String text = "Fehlzeiten in den letzten zwei Wochen, telefonisch nicht erreichbar";
            em.persist(new ProviderReport(
                    placement,
                    ReportKind.DROPOUT_RISK,
                    ReportHandling.NEEDS_DECISION,
                    today.minusDays(1),
                    text,
                    null,
                    "b.yilmaz",
                    Instant.now()));
            em.persist(placement.changeTo(
                    PlacementStatus.DROPOUT_RISK,
                    "Teilnehmerbericht vom " + Places.german(today.minusDays(1)),
                    "b.yilmaz",
                    Instant.now()));
            Places.notify(em, placement, NoticeKind.DROPOUT_RISK, text);
        }
    }

    /**
     * What the coordinators' and caseworkers' days also hold: progress reports, two completed
     * participations with feedback, an open fill request to Anna Schulz and one to Team U25.
     */
    private void reportsFeedbackAndRequests(LocalDate today) {
        List<Placement> started = em.createQuery(
                        "select p from Placement p join fetch p.entryDate e join fetch e.measure m"
                                + " where p.status = :started order by p.id",
                        Placement.class)
                .setParameter("started", PlacementStatus.STARTED)
                .setMaxResults(8)
                .getResultList();
        for (int i = 0; i < started.size(); i++) {
            Placement placement = started.get(i);
            if (i < 4) {
                em.persist(new ProviderReport(
                        placement,
                        ReportKind.PROGRESS,
                        ReportHandling.FOR_INFORMATION,
                        today.minusDays(3),
                        "Arbeitet zuverlässig mit, Bewerbungsmappe fertig.",
                        "gute Entwicklung",
                        "j.weber",
                        Instant.now()));
            } else if (i < 6) {
                Places.move(em, placement, PlacementStatus.COMPLETED, null, "j.weber");
                em.persist(new ParticipationFeedback(
                        placement,
                        "Feste Ansprechperson beim Träger, kleine Gruppe.",
                        i == 4 ? null : "Fahrtzeit von über einer Stunde war zu lang.",
                        "a.schulz",
                        Instant.now()));
            } else {
                em.persist(new ProviderReport(
                        placement,
                        ReportKind.ATTENDANCE,
                        ReportHandling.FOR_INFORMATION,
                        today.minusDays(2),
                        "Anwesenheit im letzten Monat: 18 von 20 Tagen.",
                        null,
                        "j.weber",
                        Instant.now()));
            }
        }
        StaffMember anna = member("a.schulz");
        Team u25 = em.createNamedQuery(Team.FIND_BY_NAME, Team.class)
                .setParameter("name", "Team U25")
                .getResultStream()
                .findFirst()
                .orElse(null);
        List<EntryDate> soon = em.createQuery(
                        "select e from EntryDate e join fetch e.measure m join m.coordinators c"
                                + " where c.username = 'b.yilmaz' and e.entryOn > :today and e.taken < e.places order by e.entryOn",
                        EntryDate.class)
                .setParameter("today", today)
                .setMaxResults(2)
                .getResultList();
        if (!soon.isEmpty()) {
            em.persist(new FillRequest(
                    soon.get(0),
                    null,
                    anna,
                    "Noch freie Plätze – haben Sie jemanden, für den das passt?",
                    "b.yilmaz",
                    Instant.now()));
        }
        if (soon.size() > 1 && u25 != null) {
            em.persist(new FillRequest(
                    soon.get(1),
                    u25,
                    null,
                    "Gern auch junge Menschen mit Sprachförderbedarf.",
                    "b.yilmaz",
                    Instant.now()));
        }
    }

    private void place(
            Measure measure, EntryDate entry, Long customerId, PlacementStatus target, LocalDate today, Random random) {
        Proposal consent = consent(measure, customerId, entry.getEntryOn().minusDays(10 + random.nextInt(20)), today);
        if (!Places.take(em, entry.getId())) {
            return;
        }
        Instant at = Instant.now().minus(random.nextInt(20) + 1L, ChronoUnit.DAYS);
        // a few reservations lapse tomorrow, so the coordinator has something to confirm in time
        Instant holdUntil = target == PlacementStatus.RESERVED && random.nextInt(3) == 0
                ? JobcenterTime.startOf(today.plusDays(2))
                : Places.holdUntil(measure.getHoldWorkingDays());
        Placement placement = Placement.reserve(consent, entry, holdUntil, consent.getCreatedBy(), at);
        em.persist(placement);
        em.persist(PlacementEvent.opened(placement, consent.getCreatedBy(), at));
        if (target != PlacementStatus.RESERVED) {
            em.persist(placement.changeTo(PlacementStatus.ALLOCATED, null, "b.yilmaz", at.plus(1, ChronoUnit.DAYS)));
        }
        if (target == PlacementStatus.STARTED) {
            em.persist(placement.changeTo(
                    PlacementStatus.STARTED,
                    null,
                    "b.yilmaz",
                    JobcenterTime.startOf(entry.getEntryOn().isAfter(today) ? today : entry.getEntryOn())));
        }
    }

    private void queue(Measure measure, EntryDate entry, Long customerId, LocalDate today) {
        Proposal consent = consent(measure, customerId, today.minusDays(3), today);
        Placement placement = Placement.queue(consent, entry, consent.getCreatedBy(), Instant.now());
        em.persist(placement);
        em.persist(PlacementEvent.opened(placement, consent.getCreatedBy(), Instant.now()));
    }

    private Proposal consent(Measure measure, Long customerId, LocalDate on, LocalDate today) {
        Customer customer = em.find(Customer.class, customerId);
        LocalDate conversation = on.isAfter(today) ? today : on;
        Proposal proposal = new Proposal(
                customer,
                measure,
                ProposalOutcome.CONSENT,
                conversation,
                new Proposal.Informed(true, true, true),
                customer.getMandateGoals(),
                "Kunde möchte teilnehmen.",
                null,
                customer.getCaseworker().getUsername(),
                JobcenterTime.startOf(conversation));
        em.persist(proposal);
        return proposal;
    }

    private static Long pick(List<Long> from, Set<Long> placed, Random random) {
        for (int tries = 0; tries < 50; tries++) {
            Long id = from.get(random.nextInt(from.size()));
            if (placed.add(id)) {
                return id;
            }
        }
        return from.get(random.nextInt(from.size()));
    }

    private StaffMember member(String username) {
        return em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseThrow();
    }

    private static String code(LegalBasis basis) {
        return switch (basis) {
            case SGB3_45 -> "45";
            case SGB2_16D -> "16d";
            case SGB2_16E -> "16e";
            case SGB2_16I -> "16i";
            case SGB2_16K -> "16k";
            case SGB2_16H -> "16h";
            case OTHER -> "x";
        };
    }
}
