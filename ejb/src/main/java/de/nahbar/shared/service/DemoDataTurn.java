package de.nahbar.shared.service;

import jakarta.persistence.EntityManager;

/**
 * Lets one server at a time fill an empty database with demo data. Cluster nodes started at
 * once on one empty database would otherwise each find it empty and both create the same teams
 * and people (the second fails on a unique name and its deployment with it). Each demo-data
 * loader takes its turn first, in its own transaction, then checks whether its part is still
 * missing; a node that waited finds it there. The lock is a row lock on the first row of
 * Flyway's history, the one row every migrated database has, on H2 and PostgreSQL alike; it
 * ends with the loader's transaction.
 */
public final class DemoDataTurn {

    private DemoDataTurn() {}

    /**
     * Whether this server was started to show demo data ({@code -Dnahbar.demo-data=true}); if so,
     * waits until no other server's demo-data transaction holds the turn, then holds it until commit.
     */
    public static boolean takeIfWanted(EntityManager em) {
        if (!Boolean.getBoolean("nahbar.demo-data")) {
            return false;
        }
        em.createNativeQuery("select installed_rank from flyway_schema_history where installed_rank = 1 for update")
                .getResultList();
        return true;
    }
}
