package de.nahbar.it.platform.performance.load;

import java.util.EnumMap;
import java.util.Map;

/** The statements each request prepared in the counting run: the lowest of all its counts, as a timer's query only ever adds. */
public final class StatementCounts {

    private static final Map<Page, Long> LOWEST = new EnumMap<>(Page.class);

    private StatementCounts() {}

    static synchronized void record(Page page, long statements) {
        LOWEST.merge(page, statements, Math::min);
    }

    public static synchronized Map<Page, Long> lowest() {
        return new EnumMap<>(LOWEST);
    }

    static synchronized void clear() {
        LOWEST.clear();
    }
}
