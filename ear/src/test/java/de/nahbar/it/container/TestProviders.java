package de.nahbar.it.container;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.measure.domain.Measure;

/** Reads what the database holds about providers and deficiencies, and moves a deadline like a test clock; bypasses the services on purpose. */
@Stateless
@PermitAll
public class TestProviders {

    @PersistenceContext
    private EntityManager em;

    public long providerOf(long measureId) {
        return em.find(Measure.class, measureId).getProvider().getId();
    }

    /** An entry exactly as stored: kind, text, author, recorded at, corrects. */
    public Object[] entry(long entryId) {
        return (Object[]) em.createNativeQuery(
                        "select kind, text, author, recorded_at, corrects_id from deficiency_entry" + " where id = ?1")
                .setParameter(1, entryId)
                .getSingleResult();
    }

    public Instant recordedAt(long entryId) {
        return em.createQuery("select x.recordedAt from DeficiencyEntry x where x.id = :id", Instant.class)
                .setParameter("id", entryId)
                .getSingleResult();
    }

    public long entries(long deficiencyId) {
        return count("select count(*) from deficiency_entry where deficiency_id = ?1", deficiencyId);
    }

    public long files(long deficiencyId) {
        return count(
                "select count(*) from evidence_file f join deficiency_entry x on x.id = f.entry_id"
                        + " where x.deficiency_id = ?1",
                deficiencyId);
    }

    public String fileName(long entryId) {
        return (String) em.createNativeQuery("select file_name from deficiency_entry where id = ?1")
                .setParameter(1, entryId)
                .getSingleResult();
    }

    /** The deficiency's deadline moved to {@code day}, as if the days had passed (test clock). */
    public void deadline(long deficiencyId, LocalDate day) {
        em.createNativeQuery("update deficiency set deadline = ?1 where id = ?2")
                .setParameter(1, day)
                .setParameter(2, deficiencyId)
                .executeUpdate();
    }

    public LocalDate overdueSince(long deficiencyId) {
        List<?> rows = em.createNativeQuery("select overdue_since from deficiency where id = ?1")
                .setParameter(1, deficiencyId)
                .getResultList();
        Object day = rows.get(0);
        return day == null ? null : day instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) day;
    }

    public long version(long deficiencyId) {
        return count("select version from deficiency where id = ?1", deficiencyId);
    }

    public String observationText(long observationId) {
        return (String) em.createNativeQuery("select text from quality_observation where id = ?1")
                .setParameter(1, observationId)
                .getSingleResult();
    }

    private long count(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }
}
