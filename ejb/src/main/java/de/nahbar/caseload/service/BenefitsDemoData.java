package de.nahbar.caseload.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.domain.ImportRun;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.DemoDataTurn;
import de.nahbar.staff.domain.AssignmentRule;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;

/**
 * The demo Jobcenter's responsibility rules and a first day's benefits file, read through the
 * same import a real Jobcenter uses, so the path runs on every `mvn -Prun package`: Team U25 and
 * Team Markt und Integration Nord take all surnames (the U25 team the young), Felix Hoffmann and
 * Greta Nowak split the young by letter, Lukas Koch takes A to K of the adults; adults from L wait
 * in the Markt team's queue for Clara Meyer to assign. Last of the demo data, so that the others'
 * random sequences stay as they were.
 */
@Singleton
@Startup
@DependsOn("ReachabilityDemoData")
public class BenefitsDemoData {

    private static final Logger LOG = Logger.getLogger(BenefitsDemoData.class.getName());

    private static final String BY = "demodaten";

    /** Surname, first name, age in years, postal code: the day's new customers. */
    private static final Object[][] ARRIVALS = {
        {"Albers", "Tim", 19, "06110"},
        {"Bozkurt", "Elif", 22, "06112"},
        {"Nguyen", "Linh", 20, "06114"},
        {"Sommer", "Jana", 23, "06116"},
        {"Arnold", "Peter", 41, "06118"},
        {"Dąbrowski", "Marek", 37, "06120"},
        {"Haddad", "Rania", 29, "06122"},
        {"Krüger", "Ute", 58, "06124"},
        {"Lorenz", "Kai", 33, "06126"},
        {"Petrović", "Ana", 46, "06128"},
        {"Schreiber", "Olaf", 52, "06130"},
        {"Wagner", "Mia", 27, "06132"}
    };

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BenefitsImport imports;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void loadWhenWanted() {
        if (!DemoDataTurn.takeIfWanted(em)
                || em.createQuery("select count(r) from AssignmentRule r", Long.class)
                                .getSingleResult()
                        > 0) {
            return;
        }
        Instant now = Instant.now();
        em.persist(AssignmentRule.forTeam(team("Team U25"), "A", "Z", null, BY, now));
        em.persist(AssignmentRule.forTeam(team("Team Markt und Integration Nord"), "A", "Z", null, BY, now));
        em.persist(AssignmentRule.forCaseworker(member("f.hoffmann"), "A", "L", null, BY, now));
        em.persist(AssignmentRule.forCaseworker(member("g.nowak"), "M", "Z", null, BY, now));
        em.persist(AssignmentRule.forCaseworker(member("l.koch"), "A", "K", null, BY, now));
        em.flush();
        LocalDate today = JobcenterTime.today();
        StringBuilder file = new StringBuilder("kundennummer;bg_nummer;nachname;vorname;geburtsdatum;strasse;plz;ort;"
                + "telefon;email;leistungsbeginn;abgang_am;abgangsgrund\n");
        for (int i = 0; i < ARRIVALS.length; i++) {
            Object[] a = ARRIVALS[i];
            file.append(String.join(
                            ";",
                            String.format("963D%06d", 100_000 + i),
                            "",
                            (String) a[0],
                            (String) a[1],
                            today.minusYears((Integer) a[2]).minusDays(40L * i).toString(),
                            "Lindenstraße " + (i + 1),
                            (String) a[3],
                            "Musterstadt",
                            "0151 " + (3_100_000 + i * 7),
                            "",
                            today.minusDays(3).toString(),
                            "",
                            ""))
                    .append('\n');
        }
        BenefitsImport.Result result = imports.apply(
                BY,
                null,
                "Leistungsdatei-" + today + ".csv",
                file.toString().getBytes(StandardCharsets.UTF_8),
                ImportRun.Kind.DELTA,
                ImportRun.Mode.ALL_OR_NOTHING);
        LOG.info(() ->
                "Demo-Leistungsdatei eingelesen: " + ARRIVALS.length + " Zugänge, übernommen: " + result.applied());
    }

    private Team team(String name) {
        return em.createNamedQuery(Team.FIND_BY_NAME, Team.class)
                .setParameter("name", name)
                .getSingleResult();
    }

    private StaffMember member(String username) {
        return em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", username)
                .getSingleResult();
    }
}
