package de.nahbar.it.container;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Adds measures at Jobcenter scale to the benchmark data of {@link JobcenterDataGenerator}: at
 * scale 1.0, 1,000 measures of 50 providers, 5 entry dates each, 50,000 participations with
 * their consents; {@code bench.0002} coordinates 20 measures. Bulk SQL, once per database. One
 * extra measure ("hot") has an entry date with {@link #HOT_PLACES} places and consents of more
 * customers than that (40 each of 50 caseworkers), for the reservation throughput.
 */
public final class MeasureDataGenerator {

    public static final String BENCH_COORDINATOR = "bench.0002";
    public static final String HOT_MEASURE = "BENCH-HOT";
    /** The hot entry date's places; consents of {@link #HOT_CLIENTS} caseworkers' customers outnumber them. */
    public static final int HOT_PLACES = 1500;

    public static final int HOT_CLIENTS = 50;
    public static final int HOT_CONSENTS_PER_CASEWORKER = 40;

    private static final Logger LOG = Logger.getLogger(MeasureDataGenerator.class.getName());

    private MeasureDataGenerator() {}

    public static void generate(DataSource dataSource, double scale) throws SQLException {
        int measures = Math.max(50, (int) Math.round(1000 * scale));
        int participations = Math.max(2500, (int) Math.round(50_000 * scale));
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            try (ResultSet existing = sql.executeQuery("select count(*) from measure where number like 'BENCH-%'")) {
                existing.next();
                if (existing.getLong(1) > 0) {
                    return;
                }
            }
            long started = System.nanoTime();
            sql.execute(
                    "insert into staff_role (staff_member_id, role) select id, 'MEASURE_COORDINATOR' from staff_member"
                            + " where username = '" + BENCH_COORDINATOR + "'");
            sql.execute(
                    "insert into provider (id, name, address, phone, version) select nextval('provider_seq'),"
                            + " 'Bench-Träger ' || g, 'Straße ' || g || ', 12345 Musterstadt', '0345 ' || g, 0 from generate_series(1, 50) g");
            sql.execute("create temporary table bench_provider as select row_number() over (order by id) as n, id"
                    + " from provider where name like 'Bench-Träger %'");
            sql.execute(
                    "insert into measure (id, number, title, legal_basis, content, target_group, location, provider_id,"
                            + " contract_number, lot, min_occupancy, max_places, price_per_place_month, duration_weeks, entry_mode,"
                            + " starts_on, ends_on, status, hold_working_days, deputy_coordinator_id, version)"
                            + " select nextval('measure_seq'), 'BENCH-' || lpad(g::text, 5, '0'),"
                            + " (array['Aktivierungscenter','Jugend aktiv','Stadtteilpflege','Ganzheitliche Betreuung','Coaching im Betrieb',"
                            + "  'Teilzeitqualifizierung','Berufsbezogenes Deutsch','Start im Betrieb','Coaching ab 50','Digitale Kompetenzen'])"
                            + "[1 + g % 10] || ' ' || g,"
                            + " (array['SGB3_45','SGB2_16H','SGB2_16D','SGB2_16K','SGB2_16I','SGB3_45','SGB3_45','SGB2_16E','SGB3_45','OTHER'])[1 + g % 10],"
                            + " 'Inhalt der Maßnahme ' || g || ': Bewerbung, Praxis, Begleitung.',"
                            + " (array['ALL','UNDER_25','LONG_TERM_UNEMPLOYED','HEALTH_RESTRICTIONS','LONG_TERM_UNEMPLOYED','SINGLE_PARENTS',"
                            + "  'LANGUAGE_SUPPORT','LONG_TERM_UNEMPLOYED','OVER_50','ALL'])[1 + g % 10],"
                            + " 'Musterstadt-' || (array['Mitte','Nord','Ost','Süd'])[1 + g % 4],"
                            + " (select id from bench_provider where n = 1 + g % 50), 'V-' || g, 'Los ' || (1 + g % 5), 40, 60,"
                            + " 400 + g % 900, 12 + 4 * (g % 6), 'FIXED_DATES', current_date - 60, current_date + 300,"
                            + " 'RUNNING', 5, null, 0 from generate_series(1, " + measures + ") g");
            sql.execute("insert into measure_coordinator (measure_id, staff_member_id) select m.id,"
                    + " (select id from staff_member where username = case when m.number <= 'BENCH-00020' then '"
                    + BENCH_COORDINATOR
                    + "' else 'bench.' || lpad((3 + right(m.number, 5)::int % 40)::text, 4, '0') end)"
                    + " from measure m where m.number like 'BENCH-%'");
            sql.execute("insert into entry_date (id, measure_id, entry_on, places, allowance, taken, version)"
                    + " select nextval('entry_date_seq'), m.id, current_date - 30 + 30 * k, 12, 0, 0, 0"
                    + " from measure m cross join generate_series(0, 4) k where m.number like 'BENCH-%'");
            // participations: customers of the bench Jobcenter in order, ten per entry date, consent first
            sql.execute(
                    "create temporary table bench_entry as select row_number() over (order by e.id) as n, e.id,"
                            + " e.measure_id, e.entry_on from entry_date e join measure m on m.id = e.measure_id where m.number like 'BENCH-%'");
            sql.execute(
                    "create temporary table bench_pick as select row_number() over (order by c.id) as n, c.id as customer_id,"
                            + " m.username from customer c join staff_member m on m.id = c.caseworker_id where m.username like 'bench.%'"
                            + " order by c.id limit " + participations);
            sql.execute(
                    "create temporary table bench_placement as select p.n, p.customer_id, p.username, e.id as entry_id,"
                            + " e.measure_id, e.entry_on, nextval('proposal_seq') as proposal_id, nextval('placement_seq') as placement_id"
                            + " from bench_pick p join bench_entry e on e.n = 1 + (p.n - 1) / 10");
            sql.execute("insert into proposal (id, customer_id, measure_id, outcome, conversation_on, informed_content,"
                    + " informed_provider, informed_voluntary, plan_goal, note, follow_up_on, created_by, created_at,"
                    + " withdrawn_on, withdrawn_by, version) select proposal_id, customer_id, measure_id, 'CONSENT',"
                    + " current_date - 40, true, true, true, null, null, null, username, now() - interval '40 days', null, null, 0"
                    + " from bench_placement");
            sql.execute(
                    "insert into placement (id, customer_id, measure_id, entry_date_id, proposal_id, status, hold_until,"
                            + " queued_at, status_reason, changed_at, created_by, version) select placement_id, customer_id, measure_id,"
                            + " entry_id, proposal_id, case when entry_on < current_date then (array['STARTED','STARTED','STARTED',"
                            + " 'COMPLETED','DROPPED_OUT'])[1 + n % 5] when n % 3 = 0 then 'RESERVED' else 'ALLOCATED' end,"
                            + " case when entry_on >= current_date and n % 3 = 0 then now() + interval '5 days' end,"
                            + " now() - interval '35 days', null, now() - interval '30 days', username, 0 from bench_placement");
            sql.execute("insert into placement_event (id, placement_id, status, reason, changed_by, changed_at)"
                    + " select nextval('placement_event_seq'), placement_id, 'RESERVED', null, username, now() - interval '35 days'"
                    + " from bench_placement");
            sql.execute(
                    "update entry_date e set taken = p.holding from (select entry_date_id, count(*) holding from placement"
                            + " where status in ('RESERVED','ALLOCATED','STARTED','INTERRUPTED','DROPOUT_RISK') group by entry_date_id) p"
                            + " where p.entry_date_id = e.id");
            hotMeasure(sql);
            sql.execute("vacuum (analyze)");
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            LOG.info(() -> "Benchmark-Maßnahmen: " + measures + " Maßnahmen, " + participations + " Teilnahmen in "
                    + seconds + " s");
        }
    }

    /** The caseworkers whose customers consented to the hot measure: bench.0003 to bench.0052. */
    public static String hotCaseworker(int client) {
        return String.format("bench.%04d", 3 + client % HOT_CLIENTS);
    }

    /** One measure with one entry date of {@link #HOT_PLACES} places and more consenting customers than places. */
    private static void hotMeasure(Statement sql) throws SQLException {
        sql.execute("insert into measure (id, number, title, legal_basis, content, target_group, location, provider_id,"
                + " min_occupancy, max_places, price_per_place_month, duration_weeks, entry_mode, starts_on, ends_on, status,"
                + " hold_working_days, version) select nextval('measure_seq'), '" + HOT_MEASURE
                + "', 'Begehrte Maßnahme',"
                + " 'SGB3_45', 'Alle wollen hinein.', 'ALL', 'Musterstadt', (select id from bench_provider where n = 1), 0,"
                + " " + HOT_PLACES
                + ", 500, 12, 'FIXED_DATES', current_date - 10, current_date + 300, 'RUNNING', 5, 0");
        sql.execute("insert into entry_date (id, measure_id, entry_on, places, allowance, taken, version)"
                + " select nextval('entry_date_seq'), id, current_date + 14, " + HOT_PLACES + ", 0, 0, 0 from measure"
                + " where number = '" + HOT_MEASURE + "'");
        sql.execute("insert into proposal (id, customer_id, measure_id, outcome, conversation_on, informed_content,"
                + " informed_provider, informed_voluntary, created_by, created_at, version)"
                + " select nextval('proposal_seq'), c.id, (select id from measure where number = '" + HOT_MEASURE
                + "'),"
                + " 'CONSENT', current_date, true, true, true, username, now(), 0 from (select c.id, m.username,"
                + " row_number() over (partition by m.username order by c.id desc) as k from customer c"
                + " join staff_member m on m.id = c.caseworker_id where m.username between 'bench.0003' and 'bench.0052') c"
                + " where c.k <= " + HOT_CONSENTS_PER_CASEWORKER);
    }
}
