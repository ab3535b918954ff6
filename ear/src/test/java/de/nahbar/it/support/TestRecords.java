package de.nahbar.it.support;

/**
 * Records a test makes for itself, straight in the test database, so that what it changes
 * touches nothing other tests read.
 */
public final class TestRecords {

    private TestRecords() {}

    /** A deficiency, its measure (the coordinator's first) and that measure's provider. */
    public record OwnDeficiency(long id, long measure, long provider) {}

    /** An open deficiency about the first measure {@code coordinator} coordinates: they manage it. */
    public static OwnDeficiency deficiencyOf(String coordinator, String description) {
        long measure = Long.parseLong(PostgresForTests.queryString(
                "select min(m.id) from measure m join measure_coordinator mc"
                        + " on mc.measure_id = m.id join staff_member s on s.id = mc.staff_member_id where s.username = ?",
                coordinator));
        long provider =
                Long.parseLong(PostgresForTests.queryString("select provider_id from measure where id = ?", measure));
        long deficiency = Long.parseLong(PostgresForTests.queryString("select nextval('deficiency_seq')"));
        PostgresForTests.execute(
                "insert into deficiency (id, provider_id, category, description, status, deadline, owner,"
                        + " opened_at, version) values (?, ?, 'STAFFING', ?, 'OPEN', current_date + 30, ?, now(), 0)",
                deficiency,
                provider,
                description,
                coordinator);
        PostgresForTests.execute(
                "insert into deficiency_measure (deficiency_id, measure_id) values (?, ?)", deficiency, measure);
        return new OwnDeficiency(deficiency, measure, provider);
    }
}
