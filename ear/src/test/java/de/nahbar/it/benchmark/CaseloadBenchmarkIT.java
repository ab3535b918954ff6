package de.nahbar.it.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

import de.nahbar.caseload.domain.SupportMode;
import de.nahbar.caseload.service.CaseFileService;
import de.nahbar.caseload.service.CaseloadFilter;
import de.nahbar.caseload.service.CaseloadQueries;
import de.nahbar.caseload.service.CaseloadSort;
import de.nahbar.caseload.service.MyDayService;
import de.nahbar.it.container.Identities;
import de.nahbar.it.container.JobcenterDataGenerator;
import de.nahbar.it.support.Deployments;

/**
 * The caseworker pages at Jobcenter scale (README: "Benchmark"). Generates the data once, then
 * measures the service calls behind the caseload list (first page, filtered), the case file and
 * "Mein Tag" against the raw SQL they need, and counts their statements. Not part of `mvn verify`.
 */
@ExtendWith(ArquillianExtension.class)
class CaseloadBenchmarkIT {

    private static final int WARM_UP = 5;
    private static final int RUNS = 21;
    private static final String ME = JobcenterDataGenerator.BENCH_CASEWORKER;
    private static final String PW = JobcenterDataGenerator.PASSWORD;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CaseloadBenchmarkIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/NahbarDS")
    private DataSource dataSource;

    @PersistenceUnit
    private EntityManagerFactory emf;

    @EJB
    private CaseloadQueries caseload;
    @EJB
    private CaseFileService files;
    @EJB
    private MyDayService myDay;
    @EJB
    private de.nahbar.staff.service.CurrentStaffService currentStaff;

    private record Result(String page, double pageMillis, double sqlMillis, long statements) {
    }

    @Test
    void caseworkerPagesStayCloseToTheirRawSqlAtJobcenterScale() throws Exception {
        double scale = Double.parseDouble(System.getProperty("nahbar.benchmark.scale", "1.0"));
        long customers = JobcenterDataGenerator.generate(dataSource, scale);
        long customerId = firstCustomerOf(ME);
        CaseloadFilter active = CaseloadFilter.none().withSupportMode(SupportMode.ACTIVE);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        // logged in once, as at the start of a working day: bcrypt is not part of a page
        SecurityIdentity me = Identities.login(ME, PW);

        List<Result> results = List.of(
                measure("Bestand: erste Seite, Filter aktiv betreut",
                        as(me, () -> {
                            caseload.count(active);
                            return caseload.page(active, CaseloadSort.NAME, true, 0, 25);
                        }),
                        () -> rawCaseloadPage(today)),
                measure("Fallakte öffnen", as(me, () -> files.open(customerId, null)),
                        () -> rawCaseFile(customerId)),
                measure("Mein Tag", as(me, myDay::today), () -> rawMyDay(today)),
                measure("zum Vergleich: eigenes Profil (1 Abfrage)", as(me, currentStaff::profile), this::rawProfile));

        String report = report(scale, customers, results);
        System.out.println(report);
        Path file = Path.of(System.getProperty("jboss.home.dir"), "..", "benchmark-report.txt").normalize();
        Files.writeString(file, report, StandardCharsets.UTF_8);
        for (Result result : results) {
            assertTrue(result.statements() <= 12, result.page() + " issued " + result.statements() + " statements");
        }
    }

    private static Callable<Object> as(SecurityIdentity identity, Callable<?> work) {
        return () -> identity.runAs(work);
    }

    private Result measure(String page, Callable<?> service, Callable<?> rawSql) throws Exception {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        for (int i = 0; i < WARM_UP; i++) {
            service.call();
            rawSql.call();
        }
        statistics.clear();
        service.call();
        long statements = statistics.getPrepareStatementCount();
        return new Result(page, median(service), median(rawSql), statements);
    }

    private static double median(Callable<?> work) throws Exception {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.call();
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        return nanos.get(RUNS / 2) / 1_000_000.0;
    }

    private static String report(double scale, long customers, List<Result> results) {
        StringBuilder text = new StringBuilder(String.format(Locale.GERMAN,
                "nahbar-Benchmark (Skala %.2f: %,d Kund/innen; Median aus %d Läufen)%n", scale, customers, RUNS));
        text.append(String.format("%-45s %12s %12s %8s %10s %s%n", "Seite", "Dienst (ms)", "SQL (ms)", "Faktor",
                "Statements", "Ziel <= 2x"));
        for (Result r : results) {
            double factor = r.pageMillis() / r.sqlMillis();
            text.append(String.format(Locale.GERMAN, "%-45s %12.2f %12.2f %8.2f %10d %s%n", r.page(), r.pageMillis(),
                    r.sqlMillis(), factor, r.statements(), factor <= 2.0 ? "erreicht" : "verfehlt"));
        }
        return text.toString();
    }

    private long firstCustomerOf(String username) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select c.id from customer c join staff_member m on m.id = c.caseworker_id where m.username = ?"
                        + " order by c.id limit 1")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static final String SCOPE = " from customer c join staff_member cw on cw.id = c.caseworker_id"
            + " where c.caseworker_id = any (?)";

    private static java.sql.Array owners(Connection c, LocalDate today) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select m.id from staff_member m where m.username = ? or m.id in"
                + " (select d.absent_id from deputy d join staff_member dm on dm.id = d.deputy_id where dm.username = ?"
                + " and ? between d.from_date and d.to_date)")) {
            s.setString(1, ME);
            s.setString(2, ME);
            s.setDate(3, Date.valueOf(today));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return c.createArrayOf("bigint", ids.toArray());
    }

    private Object rawCaseloadPage(LocalDate today) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            List<Long> ids = new ArrayList<>();
            java.sql.Array owners = owners(c, today);
            try (PreparedStatement count = c.prepareStatement("select count(*)" + SCOPE + " and c.support_mode = 'ACTIVE'")) {
                count.setArray(1, owners);
                drain(count);
            }
            try (PreparedStatement page = c.prepareStatement("select c.id, c.customer_number, c.last_name, c.first_name,"
                    + " c.birth_date, c.support_mode, c.mandate_status, c.profile, c.last_contact_at, c.next_due_on, c.phone,"
                    + " cw.username, cw.first_name, cw.last_name" + SCOPE + " and c.support_mode = 'ACTIVE'"
                    + " order by c.last_name, c.first_name, c.id limit 25")) {
                page.setArray(1, owners);
                try (ResultSet r = page.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            try (PreparedStatement reasons = c.prepareStatement("select r.customer_id, r.kind from availability_reason r"
                    + " where r.customer_id = any (?) and r.valid_from <= ? and (r.valid_to is null or r.valid_to >= ?)"
                    + " order by r.kind")) {
                reasons.setArray(1, c.createArrayOf("bigint", ids.toArray()));
                reasons.setDate(2, Date.valueOf(today));
                reasons.setDate(3, Date.valueOf(today));
                drain(reasons);
            }
            return ids;
        }
    }

    private Object rawCaseFile(long customerId) throws Exception {
        String[] queries = {
            "select c.*, cw.first_name, cw.last_name, cw.username from customer c join staff_member cw on cw.id = c.caseworker_id where c.id = ?",
            "select count(*) from deputy d join staff_member dm on dm.id = d.deputy_id where d.absent_id ="
                + " (select caseworker_id from customer where id = ?) and dm.username = 'bench.0001' and current_date between d.from_date and d.to_date",
            "select * from counselling_note where customer_id = ? order by written_at desc, id desc",
            "select * from follow_up where customer_id = ? order by done_at is not null, due_on, id",
            "select * from contact where customer_id = ? order by occurred_at desc, id desc limit 200",
            "select * from support_mode_change where customer_id = ? order by changed_on desc, id desc",
            "select * from availability_reason where customer_id = ? order by valid_from desc, id desc",
            "select * from cooperation_plan where customer_id = ? order by version_no desc",
            "select * from access_log where case_ref = (select customer_number from customer where id = ?)"
                + " order by occurred_at desc, id desc limit 100"};
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement log = c.prepareStatement("insert into access_log (id, occurred_at, actor, case_ref, purpose, reason)"
                    + " select nextval('access_log_seq'), now(), ?, customer_number, 'CASEWORK', null from customer where id = ?")) {
                log.setString(1, ME);
                log.setLong(2, customerId);
                log.executeUpdate();
            }
            for (String query : queries) {
                try (PreparedStatement s = c.prepareStatement(query)) {
                    s.setLong(1, customerId);
                    drain(s);
                }
            }
        }
        return customerId;
    }

    private Object rawMyDay(LocalDate today) throws Exception {
        String items = "select f.id, c.id, c.last_name, c.first_name, c.customer_number, f.title, f.due_on, cw.username"
                + " from follow_up f join customer c on c.id = f.customer_id join staff_member cw on cw.id = c.caseworker_id"
                + " where f.done_at is null and f.kind = ? %s and c.caseworker_id = any (?)"
                + " order by f.due_on, f.id limit 200";
        try (Connection c = dataSource.getConnection()) {
            java.sql.Array owners = owners(c, today);
            for (String[] kind : new String[][] {{"FOLLOW_UP", "and f.due_on <= '" + today + "'"}, {"COMMITMENT", ""}}) {
                try (PreparedStatement s = c.prepareStatement(items.formatted(kind[1]))) {
                    s.setString(1, kind[0]);
                    s.setArray(2, owners);
                    drain(s);
                }
            }
            try (PreparedStatement s = c.prepareStatement("select k.customer_id, c.last_name, c.first_name, k.occurred_at,"
                    + " k.channel, k.topic from contact k join customer c on c.id = k.customer_id where k.recorded_by = ?"
                    + " and k.occurred_at >= ? order by k.occurred_at desc limit 200")) {
                s.setString(1, ME);
                s.setTimestamp(2, java.sql.Timestamp.from(today.atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant()));
                drain(s);
            }
        }
        return today;
    }

    private Object rawProfile() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select m.*, t.name from staff_member m left join team t on t.id = m.team_id where m.username = ?")) {
            s.setString(1, ME);
            drain(s);
        }
        return ME;
    }

    private static void drain(PreparedStatement statement) throws Exception {
        try (ResultSet r = statement.executeQuery()) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    r.getObject(i);
                }
            }
        }
    }
}
