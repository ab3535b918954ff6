package de.nahbar.shared.service;

import jakarta.persistence.EntityManager;

/**
 * Lets one server at a time set up what an empty database lacks at startup (demo data, the first
 * administrator). Cluster nodes started at once on one empty database would otherwise each find
 * it empty and both create the same rows (the second fails on a unique name and its deployment
 * with it). The lock is a row lock on the first row of Flyway's history, the one row every
 * migrated database has, on H2 and PostgreSQL alike; it ends with the caller's transaction, and
 * a node that waited then finds the rows there.
 */
public final class StartupTurn {

    private StartupTurn() {}

    /** Waits until no other server's start-up transaction holds the turn, then holds it until commit. */
    public static void take(EntityManager em) {
        em.createNativeQuery("select installed_rank from flyway_schema_history where installed_rank = 1 for update")
                .getResultList();
    }
}
