package de.nahbar.provider.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.Placement;
import de.nahbar.measure.domain.Provider;
import de.nahbar.provider.domain.Deficiency;
import de.nahbar.provider.domain.DeficiencyCategory;
import de.nahbar.provider.domain.EscalationStep;
import de.nahbar.provider.domain.ObservationTone;
import de.nahbar.provider.domain.PassedOnTo;
import de.nahbar.provider.domain.ProviderContact;
import de.nahbar.provider.domain.ProviderVisit;
import de.nahbar.provider.domain.QualityObservation;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.DemoDataTurn;
import de.nahbar.staff.domain.StaffMember;

/**
 * Provider relations for the demo Jobcenter: certification, e-mail and two or three staff for
 * each of the 15 demo providers; visits (one with a follow-up on Berkan Yilmaz's Mein Tag);
 * observations; and two open deficiencies with evidence: one at Bildungswerk Musterstadt that is
 * overdue, one at Jugendwerkstatt Brücke escalated to an Abmahnung and passed on to the
 * purchasing centre. Their history is dated back with SQL, as the domain only records the present.
 */
@Singleton
@Startup
@DependsOn("MeasureDemoData")
public class ProviderDemoData {

    private static final Logger LOG = Logger.getLogger(ProviderDemoData.class.getName());

    private static final String[][] STAFF = {
        {"Sabine Krause", "Standortleitung"},
        {"Murat Aydin", "Sozialpädagoge"},
        {"Petra Lange", "Verwaltung, Anwesenheit"},
        {"Tobias Brandt", "Dozent"},
        {"Elena Popescu", "Jobcoach"},
        {"Frank Neumann", "Geschäftsführung"}
    };

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void loadWhenWanted() {
        if (!DemoDataTurn.takeIfWanted(em)
                || em.createQuery("select count(c) from ProviderContact c", Long.class)
                                .getSingleResult()
                        > 0
                || em.createNamedQuery(Measure.COUNT_ALL, Long.class).getSingleResult() == 0) {
            return;
        }
        LocalDate today = JobcenterTime.today();
        Instant now = Instant.now();
        List<Provider> providers = em.createQuery("select p from Provider p order by p.id", Provider.class)
                .getResultList();
        StaffMember yilmaz = member("b.yilmaz");
        StaffMember schulz = member("a.schulz");
        for (int i = 0; i < providers.size(); i++) {
            Provider provider = providers.get(i);
            String domain = provider.getName()
                            .toLowerCase(Locale.ROOT)
                            .replaceAll("[^a-z]+", "-")
                            .replaceAll("(^-|-$)", "")
                    + ".example";
            provider.changeEmail("info@" + domain);
            if (i != 11) {
                // one provider's certificate ran out, one never had one
                provider.certify(
                        "AZAV",
                        i % 2 == 0 ? "CERTQUA GmbH" : "DEKRA Certification GmbH",
                        i == 6 ? today.minusMonths(2) : today.plusMonths(6 + i * 2));
            }
            List<Measure> measures = em.createQuery(
                            "select m from Measure m where m.provider = :p order by m.id", Measure.class)
                    .setParameter("p", provider)
                    .getResultList();
            for (int s = 0; s < 2 + i % 2; s++) {
                String[] person = STAFF[(i + s) % STAFF.length];
                ProviderContact contact = new ProviderContact(
                        provider,
                        person[0],
                        person[1],
                        "0345 " + (500100 + i * 10 + s),
                        person[0].toLowerCase(Locale.ROOT).replace(' ', '.').replace("ä", "ae") + "@" + domain);
                contact.lookAfter(s == 0 ? measures : measures.subList(0, Math.min(1, measures.size())));
                em.persist(contact);
            }
            if (i % 3 == 0 && !measures.isEmpty()) {
                em.persist(new ProviderVisit(
                        provider,
                        new ProviderVisit.Report(
                                today.minusDays(20 + i),
                                "Gruppenraum hell und gut ausgestattet; Teilnehmende berichten von fester Ansprechperson.",
                                "Anwesenheitslisten kommen künftig wöchentlich per E-Mail.",
                                null,
                                null),
                        yilmaz,
                        List.of(),
                        List.of(),
                        measures.subList(0, 1),
                        afternoonOf(today.minusDays(20 + i))));
            }
        }
        Provider bildungswerk = providers.get(0);
        Measure activation = firstMeasure(bildungswerk);
        List<ProviderContact> bwContacts = em.createQuery(
                        "select c from ProviderContact c where c.provider = :p order by c.id", ProviderContact.class)
                .setParameter("p", bildungswerk)
                .getResultList();
        em.persist(new ProviderVisit(
                bildungswerk,
                new ProviderVisit.Report(
                        today.minusDays(3),
                        "Nachgespräch zum Personalmangel: Dozent weiter krank, Vertretung nur an zwei Tagen in der Woche.",
                        "Träger legt bis Ende der Woche einen Vertretungsplan vor.",
                        "Vertretungsplan prüfen; liegt er nicht vor, Eskalation mit der Teamleitung besprechen",
                        today.plusDays(2)),
                yilmaz,
                List.of(),
                bwContacts.subList(0, 1),
                List.of(activation),
                afternoonOf(today.minusDays(3))));
        QualityObservation cancelled = QualityObservation.ofMeasure(
                activation,
                ObservationTone.NEGATIVE,
                today.minusDays(33),
                "Unterricht an drei Tagen ausgefallen, Teilnehmende nicht vorab informiert.",
                "b.yilmaz",
                afternoonOf(today.minusDays(33)));
        em.persist(cancelled);
        Placement participation = em.createQuery(
                        "select p from Placement p where p.measure = :m and p.customer.caseworker = :cw",
                        Placement.class)
                .setParameter("m", activation)
                .setParameter("cw", schulz)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (participation != null) {
            em.persist(QualityObservation.ofParticipation(
                    participation,
                    ObservationTone.NEGATIVE,
                    today.minusDays(31),
                    "Kunde berichtet, er sei zweimal ohne Unterricht nach Hause geschickt worden.",
                    "a.schulz",
                    afternoonOf(today.minusDays(31))));
        }
        em.persist(QualityObservation.ofProvider(
                providers.get(4),
                ObservationTone.POSITIVE,
                today.minusDays(5),
                "Sehr verlässliche Rückmeldungen, Teilnehmerinnen fühlen sich gut begleitet.",
                "a.schulz",
                afternoonOf(today.minusDays(5))));

        // Bildungswerk: staffing deficiency, provider notified, deadline passed
        Deficiency.Opened staffing = Deficiency.open(
                bildungswerk,
                new Deficiency.Finding(
                        DeficiencyCategory.STAFFING,
                        "Kein qualifizierter Ersatz für den erkrankten Dozenten; Unterricht an mehreren Tagen ausgefallen.",
                        today.plusDays(1)),
                List.of(activation),
                List.of(cancelled),
                "b.yilmaz",
                now);
        persist(staffing);
        em.persist(staffing.deficiency()
                .evidence("Anwesenheitslisten KW 44/45: an 3 von 10 Tagen kein Unterricht.", null, "b.yilmaz", now));
        em.persist(staffing.deficiency()
                .notifyProvider(
                        today.plusDays(1),
                        "Schriftliche Aufforderung zur Mängelbeseitigung versandt.",
                        "b.yilmaz",
                        now));

        // Jugendwerkstatt: reporting deficiency, escalated to a warning and passed on
        Provider werkstatt = providers.get(2);
        Deficiency.Opened reporting = Deficiency.open(
                werkstatt,
                new Deficiency.Finding(
                        DeficiencyCategory.REPORTING,
                        "Abbruchgefahr und Fehlzeiten werden seit zwei Monaten nicht gemeldet.",
                        today.plusDays(1)),
                List.of(firstMeasure(werkstatt)),
                List.of(),
                "c.meyer",
                now);
        persist(reporting);
        em.persist(reporting
                .deficiency()
                .evidence("Drei Teilnehmende brachen ab, ohne vorherige Meldung.", null, "c.meyer", now));
        em.persist(reporting
                .deficiency()
                .notifyProvider(today.plusDays(1), "Aufforderung mit Frist versandt.", "c.meyer", now));
        em.persist(reporting
                .deficiency()
                .escalate(EscalationStep.WARNING, "Frist fruchtlos verstrichen; Abmahnung erteilt.", "c.meyer", now));
        em.persist(reporting
                .deficiency()
                .passOn(
                        PassedOnTo.PURCHASING_CENTRE,
                        "Vorgang an das Regionale Einkaufszentrum zur Vertragsprüfung gegeben.",
                        "c.meyer",
                        now));
        em.flush();

        backdate(
                staffing.deficiency(),
                today.minusDays(2),
                true,
                today.minusDays(30),
                today.minusDays(29),
                today.minusDays(28));
        backdate(
                reporting.deficiency(),
                today.minusDays(40),
                false,
                today.minusDays(70),
                today.minusDays(69),
                today.minusDays(66),
                today.minusDays(38),
                today.minusDays(36));
        LOG.info(() -> "Demo-Trägerdaten angelegt: " + providers.size()
                + " Träger mit Ansprechpersonen, Besuchen und zwei offenen Mängeln");
    }

    private void persist(Deficiency.Opened opened) {
        em.persist(opened.deficiency());
        em.persist(opened.entry());
    }

    /** Dates a demo deficiency's history back: its entries in order on the given days, the deadline as given. */
    private void backdate(Deficiency deficiency, LocalDate deadline, boolean overdue, LocalDate... entryDays) {
        Instant opened = JobcenterTime.startOf(entryDays[0]).plus(9, ChronoUnit.HOURS);
        em.createQuery("update Deficiency d set d.openedAt = :opened, d.deadline = :deadline,"
                        + " d.overdueSince = :overdueSince where d = :d")
                .setParameter("opened", opened)
                .setParameter("deadline", deadline)
                .setParameter("overdueSince", overdue ? deadline.plusDays(1) : null)
                .setParameter("d", deficiency)
                .executeUpdate();
        List<Long> entries = em.createQuery(
                        "select x.id from DeficiencyEntry x where x.deficiency = :d order by x.id", Long.class)
                .setParameter("d", deficiency)
                .getResultList();
        for (int i = 0; i < entries.size(); i++) {
            em.createQuery("update DeficiencyEntry x set x.recordedAt = :at where x.id = :id")
                    .setParameter("at", JobcenterTime.startOf(entryDays[i]).plus(9, ChronoUnit.HOURS))
                    .setParameter("id", entries.get(i))
                    .executeUpdate();
        }
        em.createQuery(
                        "update DeficiencyEntry x set x.deadline = :deadline where x.deficiency = :d and x.deadline is not null")
                .setParameter("deadline", deadline)
                .setParameter("d", deficiency)
                .executeUpdate();
        em.clear();
    }

    private static Instant afternoonOf(LocalDate day) {
        return JobcenterTime.startOf(day).plus(16, ChronoUnit.HOURS);
    }

    private Measure firstMeasure(Provider provider) {
        return em.createQuery("select m from Measure m where m.provider = :p order by m.id", Measure.class)
                .setParameter("p", provider)
                .setMaxResults(1)
                .getSingleResult();
    }

    private StaffMember member(String username) {
        return em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", username)
                .getSingleResult();
    }
}
