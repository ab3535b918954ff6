package de.nahbar.it.container;

import java.util.concurrent.Callable;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** How many SQL statements a piece of work prepares, counted by Hibernate's statistics. */
public final class StatementCount {

    private StatementCount() {
    }

    /** Statistics are off in production (persistence.xml); they are on only while this counts. */
    public static long of(EntityManagerFactory emf, Callable<?> work) throws Exception {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            work.call();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
