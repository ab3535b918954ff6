package de.nahbar.caseload.service;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.shared.domain.NameKey;

/**
 * Gives customers from before V21 their search key once, at start-up, with the one fold in
 * {@link NameKey} (a fold written again in SQL could drift from it). Idempotent: nodes starting
 * together write the same keys; a set key is never touched, and no version changes.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class NameKeyBackfill {

    private static final Logger LOG = Logger.getLogger(NameKeyBackfill.class.getName());

    private static final int CHUNK = 1_000;

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void fillMissingKeys() {
        int filled = 0;
        List<Object[]> missing;
        do {
            missing = em.createQuery(
                            "select c.id, c.lastName, c.firstName from Customer c where c.nameKey is null order by c.id",
                            Object[].class)
                    .setMaxResults(CHUNK)
                    .getResultList();
            for (Object[] row : missing) {
                em.createQuery("update Customer c set c.nameKey = :key where c.id = :id")
                        .setParameter("key", NameKey.of((String) row[1], (String) row[2]))
                        .setParameter("id", row[0])
                        .executeUpdate();
            }
            filled += missing.size();
        } while (missing.size() == CHUNK);
        if (filled > 0) {
            int total = filled;
            LOG.info(() -> "Suchschlüssel für " + total + " Kundinnen und Kunden angelegt");
        }
    }
}
