package de.nahbar.it.platform.performance.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Response times per page of one Gatling run, as the virtual users recorded them (Gatling 3.15
 * keeps its own statistics in a binary log and its HTML report). Exact percentiles: a run has
 * some thousand requests per page.
 */
public final class Timings {

    /**
     * One page's figures: milliseconds; throughput per second between its first and last answer;
     * the server's CPU time per answer since all users were logged in (of a run where every user
     * repeats one page: the load tool shares the machine, the server's own cost does not).
     */
    public record Figures(
            int ok, int errors, long median, long p95, long p99, long max, double perSecond, double serverCpuMillis) {}

    private static final Map<Page, List<long[]>> ANSWERED = new EnumMap<>(Page.class);
    private static final Map<Page, Integer> FAILED = new EnumMap<>(Page.class);
    private static long serverPid;
    private static Duration serverCpuAtStart;
    private static int answeredAtStart;

    private Timings() {}

    static synchronized void clear(long pid) {
        ANSWERED.clear();
        FAILED.clear();
        serverPid = pid;
        serverCpuAtStart = null;
    }

    /** Called by every user once all are logged in: the first call notes the server's CPU time so far. */
    static synchronized void startServerClock() {
        if (serverCpuAtStart == null) {
            serverCpuAtStart = serverCpu();
            answeredAtStart = ANSWERED.values().stream().mapToInt(List::size).sum();
        }
    }

    private static Duration serverCpu() {
        return ProcessHandle.of(serverPid)
                .flatMap(p -> p.info().totalCpuDuration())
                .orElseThrow(() -> new IllegalStateException("no CPU time of process " + serverPid));
    }

    static synchronized void answered(Page page, long millis) {
        ANSWERED.computeIfAbsent(page, p -> new ArrayList<>()).add(new long[] {System.nanoTime(), millis});
    }

    static synchronized void failed(Page page) {
        FAILED.merge(page, 1, Integer::sum);
    }

    static synchronized Map<Page, Figures> figures() {
        Map<Page, Figures> figures = new EnumMap<>(Page.class);
        int answeredSinceStart = ANSWERED.values().stream().mapToInt(List::size).sum() - answeredAtStart;
        double cpuPerAnswer = serverCpuAtStart == null || answeredSinceStart <= 0
                ? 0
                : serverCpu().minus(serverCpuAtStart).toNanos() / 1e6 / answeredSinceStart;
        for (Page page : Page.values()) {
            List<long[]> answers = ANSWERED.getOrDefault(page, List.of());
            int errors = FAILED.getOrDefault(page, 0);
            if (answers.isEmpty() && errors == 0) {
                continue;
            }
            List<Long> millis = new ArrayList<>(answers.stream().map(a -> a[1]).toList());
            Collections.sort(millis);
            double seconds = answers.size() < 2 ? 0 : (answers.get(answers.size() - 1)[0] - answers.get(0)[0]) / 1e9;
            figures.put(
                    page,
                    new Figures(
                            answers.size(),
                            errors,
                            at(millis, 0.5),
                            at(millis, 0.95),
                            at(millis, 0.99),
                            millis.isEmpty() ? 0 : millis.get(millis.size() - 1),
                            seconds > 0 ? (answers.size() - 1) / seconds : 0,
                            cpuPerAnswer));
        }
        return figures;
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(quantile * sorted.size()) - 1);
    }
}
