package de.nahbar.it.container;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Gives the 50 providers of {@link MeasureDataGenerator} a history: certification, three staff
 * each, visits, quality observations and deficiencies with their entries (one evidence file
 * each). At scale 1.0 the provider {@link #HOT_PROVIDER} has years of it: 300 visits, 400
 * observations and 40 deficiencies with about 240 entries; the others 10 visits, 10
 * observations and 2 deficiencies. Bulk SQL, once per database.
 */
public final class ProviderDataGenerator {

    public static final String HOT_PROVIDER = "Bench-Träger 1";

    private static final Logger LOG = Logger.getLogger(ProviderDataGenerator.class.getName());

    private ProviderDataGenerator() {}

    public static void generate(DataSource dataSource, double scale) throws SQLException {
        int hotVisits = Math.max(30, (int) Math.round(300 * scale));
        int hotObservations = Math.max(40, (int) Math.round(400 * scale));
        int hotDeficiencies = Math.max(8, (int) Math.round(40 * scale));
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            try (ResultSet existing = sql.executeQuery("select count(*) from provider_visit v join provider p"
                    + " on p.id = v.provider_id where p.name like 'Bench-Träger %'")) {
                existing.next();
                if (existing.getLong(1) > 0) {
                    return;
                }
            }
            long started = System.nanoTime();
            sql.execute("create temporary table bench_pv_provider as select row_number() over (order by id) as n, id"
                    + " from provider where name like 'Bench-Träger %'");
            sql.execute("update provider set email = 'info@bench' || id || '.example', certification = 'AZAV',"
                    + " certified_by = 'CERTQUA GmbH', certified_until = current_date + ((id % 700) - 100)::int"
                    + " where name like 'Bench-Träger %'");
            sql.execute(
                    "insert into provider_contact (id, provider_id, name, job_function, phone, email, active, version)"
                            + " select nextval('provider_contact_seq'), p.id, (array['Sabine Krause','Murat Aydin','Eva Lange'])[k],"
                            + " (array['Standortleitung','Sozialpädagoge','Dozentin'])[k], '0345 5' || p.n || k,"
                            + " 'kontakt' || k || '@bench' || p.n || '.example', true, 0 from bench_pv_provider p"
                            + " cross join generate_series(1, 3) k");
            sql.execute(
                    "insert into provider_contact_measure (contact_id, measure_id) select c.id, m.id from provider_contact c"
                            + " join bench_pv_provider p on p.id = c.provider_id join measure m on m.provider_id = c.provider_id"
                            + " where c.job_function = 'Standortleitung'");

            sql.execute(
                    "create temporary table bench_pv_visit as select nextval('provider_visit_seq') as id, p.id as provider_id,"
                            + " g from bench_pv_provider p cross join lateral generate_series(1, case when p.n = 1 then "
                            + hotVisits
                            + " else 10 end) g");
            sql.execute("insert into provider_visit (id, provider_id, visited_on, impressions, agreements, next_steps,"
                    + " follow_up_on, follow_up_by, follow_up_done, recorded_by, recorded_at, version)"
                    + " select id, provider_id, current_date - g * 3,"
                    + " 'Besuch ' || g || ': Räume, Anwesenheit und Betreuung der Teilnehmenden besprochen.',"
                    + " 'Anwesenheitslisten kommen wöchentlich.', case when g % 5 = 0 then 'Vertretungsplan nachfassen' end,"
                    + " case when g % 5 = 0 then current_date - g * 3 + 14 end, case when g % 5 = 0 then 'bench.0002' end,"
                    + " case when g % 5 = 0 then now() - (g * 3 - 14) * interval '1 day' end, 'bench.0002',"
                    + " now() - g * 3 * interval '1 day', 0 from bench_pv_visit");
            sql.execute(
                    "insert into provider_visit_visitor (visit_id, staff_member_id) select v.id, s.id from bench_pv_visit v"
                            + " join staff_member s on s.username = 'bench.0002'");
            sql.execute("insert into provider_visit_contact (visit_id, contact_id) select v.id, (select min(c.id)"
                    + " from provider_contact c where c.provider_id = v.provider_id) from bench_pv_visit v");
            sql.execute("insert into provider_visit_measure (visit_id, measure_id) select v.id, m from (select v.id,"
                    + " (select min(m.id) from measure m where m.provider_id = v.provider_id) as m from bench_pv_visit v) v"
                    + " where m is not null");

            sql.execute(
                    "create temporary table bench_pv_observation as select nextval('quality_observation_seq') as id,"
                            + " p.id as provider_id, g, (select m.id from measure m where m.provider_id = p.id order by m.id"
                            + " offset (g % 5) limit 1) as measure_id from bench_pv_provider p cross join lateral generate_series(1,"
                            + " case when p.n = 1 then " + hotObservations + " else 10 end) g");
            sql.execute(
                    "insert into quality_observation (id, provider_id, measure_id, placement_id, tone, observed_on, text,"
                            + " corrects_id, recorded_by, recorded_at) select o.id, o.provider_id, o.measure_id,"
                            + " case when o.g % 4 = 0 then (select pl.id from placement pl where pl.measure_id = o.measure_id"
                            + " order by pl.id offset (o.g % 7) limit 1) end,"
                            + " case when o.g % 3 = 0 then 'POSITIVE' else 'NEGATIVE' end, current_date - o.g * 2,"
                            + " 'Beobachtung ' || o.g || ': Unterricht pünktlich begonnen, Ansprechperson erreichbar.', null,"
                            + " 'bench.' || lpad((3 + o.g % 40)::text, 4, '0'), now() - o.g * 2 * interval '1 day'"
                            + " from bench_pv_observation o");

            sql.execute("create temporary table bench_pv_deficiency as select nextval('deficiency_seq') as id,"
                    + " p.id as provider_id, g, (select m.id from measure m where m.provider_id = p.id order by m.id"
                    + " offset (g % 3) limit 1) as measure_id from bench_pv_provider p cross join lateral generate_series(1,"
                    + " case when p.n = 1 then " + hotDeficiencies + " else 2 end) g");
            // the three newest of each provider still await remedy, the older ones are closed
            sql.execute("insert into deficiency (id, provider_id, category, description, status, deadline, escalation,"
                    + " overdue_since, owner, opened_at, version) select id, provider_id,"
                    + " (array['STAFFING','ATTENDANCE','CONTENT','TREATMENT','PREMISES','REPORTING','OTHER'])[1 + g % 7],"
                    + " 'Mangel ' || g || ': Unterricht an mehreren Tagen ausgefallen, Teilnehmende nicht informiert.',"
                    + " case when g <= 3 then 'NOTIFIED' else 'CLOSED' end,"
                    + " case when g <= 3 then current_date + 10 * g else current_date - g * 20 + 14 end,"
                    + " case when g > 3 and g % 4 = 0 then 'WARNING' end, null, 'bench.0002',"
                    + " now() - g * 20 * interval '1 day', 0 from bench_pv_deficiency");
            sql.execute(
                    "insert into deficiency_measure (deficiency_id, measure_id) select id, measure_id from bench_pv_deficiency"
                            + " where measure_id is not null");
            sql.execute("insert into deficiency_observation (deficiency_id, observation_id) select d.id, o.id"
                    + " from bench_pv_deficiency d join bench_pv_observation o on o.provider_id = d.provider_id"
                    + " and o.g in (d.g, d.g + 1)");
            sql.execute("create temporary table bench_pv_entry as select nextval('deficiency_entry_seq') as id,"
                    + " d.id as deficiency_id, d.g, k from bench_pv_deficiency d cross join generate_series(1, 6) k"
                    + " where k < 6 or d.g > 3");
            sql.execute(
                    "insert into deficiency_entry (id, deficiency_id, kind, text, status, escalation, passed_on_to, deadline,"
                            + " corrects_id, file_name, content_type, file_size, author, recorded_at)"
                            + " select e.id, e.deficiency_id, (array['OPENED','EVIDENCE','EVIDENCE','STATUS','EVIDENCE','STATUS'])[e.k],"
                            + " 'Eintrag ' || e.k || ' zu Mangel ' || e.g || ': Anwesenheitslisten und Stundenpläne geprüft.',"
                            + " case e.k when 1 then 'OPEN' when 4 then 'NOTIFIED' when 6 then 'CLOSED' end, null, null,"
                            + " case when e.k in (1, 4) then d.deadline end,"
                            + " case when e.k = 5 then (select x.id from bench_pv_entry x where x.deficiency_id = e.deficiency_id"
                            + " and x.k = 3) end, case when e.k = 2 then 'liste-' || e.g || '.pdf' end,"
                            + " case when e.k = 2 then 'application/pdf' end, case when e.k = 2 then 36 end, 'bench.0002',"
                            + " d.opened_at + (e.k - 1) * interval '2 days' from bench_pv_entry e join deficiency d on d.id = e.deficiency_id");
            sql.execute(
                    "insert into evidence_file (entry_id, content) select id, convert_to('%PDF-1.7 Anwesenheitsliste %%EOF',"
                            + " 'UTF8') from bench_pv_entry where k = 2");
            for (String table : new String[] {
                "bench_pv_entry", "bench_pv_deficiency", "bench_pv_observation", "bench_pv_visit", "bench_pv_provider"
            }) {
                sql.execute("drop table " + table);
            }
            sql.execute("vacuum (analyze)");
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            LOG.info(() -> "Benchmark-Träger: Besuche, Beobachtungen und Mängel in " + seconds + " s");
        }
    }

    public static long hotProvider(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet found = sql.executeQuery("select id from provider where name = '" + HOT_PROVIDER + "'")) {
            found.next();
            return found.getLong(1);
        }
    }
}
