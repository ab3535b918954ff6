package de.nahbar.it.container;

import java.util.concurrent.Callable;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** How many SQL statements a piece of work prepares, counted by Hibernate's statistics. */
public final class StatementCount {

    private StatementCount() {}

    /**
     * Statistics are off in production (persistence.xml); they are on only while this counts. They
     * count for the whole server, and the reservation timer queries every 15 seconds, so a window
     * can catch a statement of its own: the work runs three times and the lowest count is its own
     * (background statements only ever add). The work must bear repeating: reads, or writes a test
     * does not count afterwards.
     */
    public static long of(EntityManagerFactory emf, Callable<?> work) throws Exception {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long lowest = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                statistics.clear();
                work.call();
                lowest = Math.min(lowest, statistics.getPrepareStatementCount());
            }
            return lowest;
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
