package de.nahbar.shared.service;

import jakarta.persistence.EntityManager;

/** Whether this server shows demo data, and if so the {@link StartupTurn} to load its part of it. */
public final class DemoDataTurn {

    private DemoDataTurn() {}

    /**
     * Whether this server was started to show demo data ({@code -Dnahbar.demo-data=true}); if so,
     * waits until no other server's start-up transaction holds the turn, then holds it until commit.
     */
    public static boolean takeIfWanted(EntityManager em) {
        if (!Boolean.getBoolean("nahbar.demo-data")) {
            return false;
        }
        StartupTurn.take(em);
        return true;
    }
}
