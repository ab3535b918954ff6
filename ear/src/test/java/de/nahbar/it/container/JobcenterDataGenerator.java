package de.nahbar.it.container;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

import de.nahbar.staff.service.PasswordHasher;

/**
 * Fills PostgreSQL with a Jobcenter at scale: at scale 1.0, 500 staff in 50 teams, 100,000
 * customers and 2 million contacts, plus notes, follow-ups and availability reasons. Bulk SQL
 * (generate_series) so that the data is there in a minute, not an hour. The caseworker
 * {@code bench.0001} carries 450 customers, the largest caseload the design names.
 */
public final class JobcenterDataGenerator {

    public static final String BENCH_CASEWORKER = "bench.0001";
    public static final String PASSWORD = "Bench-Passwort-1";

    private static final Logger LOG = Logger.getLogger(JobcenterDataGenerator.class.getName());

    private JobcenterDataGenerator() {}

    /** Generates once per database; returns the number of generated customers. */
    public static long generate(DataSource dataSource, double scale) throws SQLException {
        int staff = Math.max(10, (int) Math.round(500 * scale));
        int teams = Math.max(2, staff / 10);
        long customers = Math.max(1000, Math.round(100_000 * scale));
        int contactsPerCustomer = 20;
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            try (ResultSet existing = sql.executeQuery(
                    "select count(*) from customer c join staff_member m on m.id = c.caseworker_id where m.username like 'bench.%'")) {
                existing.next();
                if (existing.getLong(1) > 0) {
                    return existing.getLong(1);
                }
            }
            long started = System.nanoTime();
            sql.execute("insert into team (id, name, version) select nextval('team_seq'), 'Bench-Team ' || g, 0"
                    + " from generate_series(1, " + teams + ") g");
            try (PreparedStatement members = connection.prepareStatement("insert into staff_member"
                    + " (id, username, first_name, last_name, email, password_hash, active, team_id, version)"
                    + " select nextval('staff_member_seq'), 'bench.' || lpad(g::text, 4, '0'), 'Bench', 'Fachkraft ' || g,"
                    + " null, ?, true, (select id from team where name = 'Bench-Team ' || (1 + g % " + teams + ")), 0"
                    + " from generate_series(1, " + staff + ") g")) {
                members.setString(1, PasswordHasher.hash(PASSWORD));
                members.executeUpdate();
            }
            sql.execute("insert into staff_role (staff_member_id, role) select id, 'CASEWORKER' from staff_member"
                    + " where username like 'bench.%'");
            // customer g: the first 450 belong to bench.0001, the rest go round the other caseworkers
            sql.execute("create temporary table bench_staff as select row_number() over (order by username) as n, id"
                    + " from staff_member where username like 'bench.%'");
            sql.execute(
                    "insert into customer (id, customer_number, first_name, last_name, birth_date, phone, phone_key, email,"
                            + " support_mode, mandate_status, mandate_on, mandate_goals, profile, caseworker_id, version)"
                            + " select nextval('customer_seq'),"
                            + " '9' || lpad((g / 1000000)::text, 2, '0') || 'D' || lpad((g % 1000000)::text, 6, '0'),"
                            + " (array['Mehmet','Sabine','Jonas','Olena','Ahmad','Katharina','Lukas','Fatma','Marek','Julia'])[1 + g % 10],"
                            + " (array['Müller','Schmidt','Yılmaz','Kowalski','Schneider','Fischer','Kaya','Weber','Petrenko','Meyer',"
                            + "  'Wagner','Becker','Demir','Hoffmann','Schulz','Nowak','Koch','Richter'])[1 + (g / 10) % 18] || ' ' || g,"
                            + " date '1961-01-01' + ((g::bigint * 7919) % 16000)::int,"
                            + " case when g % 5 < 4 then '0151 ' || (2000000 + g % 7999999) end,"
                            + " case when g % 5 < 4 then '+49151' || (2000000 + g % 7999999) end, null,"
                            + " case when g % 7 = 0 then 'ACTIVE' else 'OBSERVING' end,"
                            + " (array['OPEN','GIVEN','GIVEN','DECLINED'])[1 + g % 4],"
                            + " case when g % 4 <> 0 then current_date - (g % 400)::int end, null,"
                            + " (array['MARKET','ACTIVATION','SUPPORT','DEVELOPMENT','STABILIZATION','ASSISTANCE'])[1 + g % 6],"
                            + " (select id from bench_staff where n = case when g <= 450 then 1"
                            + "   else 2 + (g % (" + staff + " - 1)) end), 0"
                            + " from generate_series(1, " + customers + ") g");
            sql.execute("create temporary table bench_customer as select c.id from customer c"
                    + " join staff_member m on m.id = c.caseworker_id where m.username like 'bench.%'");
            sql.execute(
                    "insert into contact (id, customer_id, channel, occurred_at, duration_minutes, topic, note, recorded_by)"
                            + " select nextval('contact_seq'), c.id,"
                            + " (array['PHONE_IN','PHONE_OUT','EMAIL','VISIT','APPOINTMENT'])[1 + (c.id + k) % 5],"
                            + " now() - ((c.id * 31 + k * 37) % 730) * interval '1 day' - (k % 9) * interval '1 hour',"
                            + " 5 + k % 40, 'Gespräch ' || k, null, 'bench'"
                            + " from bench_customer c cross join generate_series(1, " + contactsPerCustomer + ") k");
            sql.execute("insert into counselling_note (id, customer_id, written_at, author, text, corrects_id)"
                    + " select nextval('counselling_note_seq'), c.id, now() - ((c.id + k * 101) % 700) * interval '1 day',"
                    + " 'bench', 'Beratungsvermerk ' || k || ': Ziele und nächste Schritte besprochen.', null"
                    + " from bench_customer c cross join generate_series(1, 2) k");
            sql.execute(
                    "insert into follow_up (id, customer_id, kind, title, due_on, created_by, done_at, done_by, version)"
                            + " select nextval('follow_up_seq'), c.id, case when c.id % 4 = 0 then 'COMMITMENT' when c.id % 20 = 1 then 'CALLBACK' else 'FOLLOW_UP' end,"
                            + " 'Wiedervorlage', current_date + (c.id % 60 - 15)::int, 'bench',"
                            + " case when c.id % 5 < 2 then now() end, case when c.id % 5 < 2 then 'bench' end, 0"
                            + " from bench_customer c");
            sql.execute("insert into availability_reason (id, customer_id, kind, note, valid_from, valid_to, version)"
                    + " select nextval('availability_reason_seq'), c.id,"
                    + " (array['CHILDCARE','CARE_OF_RELATIVES','VOLUNTEERING','THERAPY_OR_ILLNESS','SCHOOL_OR_TRAINING','OTHER'])[1 + c.id % 6],"
                    + " null, current_date - (c.id % 500)::int, null, 0 from bench_customer c where c.id % 10 < 3");
            sql.execute(
                    "update customer c set last_contact_at = k.latest from (select customer_id, max(occurred_at) latest"
                            + " from contact group by customer_id) k where k.customer_id = c.id and c.id in (select id from bench_customer)");
            sql.execute(
                    "update customer c set next_due_on = f.due from (select customer_id, min(due_on) due from follow_up"
                            + " where done_at is null group by customer_id) f where f.customer_id = c.id"
                            + " and c.id in (select id from bench_customer)");
            // as in a database in operation: statistics current, visibility map set; otherwise autovacuum
            // starts on the fresh tables in the middle of the measurements
            sql.execute("vacuum (analyze)");
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            LOG.info(() -> "Benchmark-Daten: " + staff + " Mitarbeitende, " + customers + " Kund/innen, "
                    + customers * contactsPerCustomer + " Kontakte in " + seconds + " s");
            return customers;
        }
    }
}
