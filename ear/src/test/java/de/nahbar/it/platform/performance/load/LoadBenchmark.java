package de.nahbar.it.platform.performance.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import de.nahbar.it.support.ServerProcess;

/**
 * The runs of the HTTP load benchmark and its report: a warm-up, one counting run, the working
 * day at 1, 10 and 50 caseworkers (a team lead per ten beside them), then each page alone at 8
 * users beside a static file and a minimal servlet of the same server.
 */
public final class LoadBenchmark {

    /** The pages of the working day, in the order of the round. */
    public static final List<Page> WORKING_DAY = List.of(
            Page.LOGIN,
            Page.MY_DAY,
            Page.CASELOAD,
            Page.CASELOAD_ACTIVE,
            Page.CASELOAD_PAGE,
            Page.CASELOAD_SEARCH,
            Page.CASE_FILE,
            Page.NOTE,
            Page.CONTACTS_TAB,
            Page.CONTACT,
            Page.CALL_CARD,
            Page.CATALOGUE,
            Page.TEAM);

    private static final List<Integer> LEVELS = List.of(1, 10, 50);
    /** Fifty people who read what a page shows before the next click: still far busier than a real morning. */
    private static final String THINKING = "50 Fachkräfte mit 1–3 s Bedenkzeit je Seite";

    private static final int THROUGHPUT_USERS = 8;
    /** Read-only requests that can be repeated alone; writing ones are measured in the working day. */
    private static final List<Page> ALONE = List.of(
            Page.STATIC_FILE,
            Page.PING_SERVLET,
            Page.MY_DAY,
            Page.CASELOAD,
            Page.CASELOAD_PAGE,
            Page.CASE_FILE,
            Page.CALL_CARD,
            Page.CATALOGUE,
            Page.TEAM);
    /** The pages whose time is split by a flight recording while they run alone (the recording costs a little). */
    private static final List<Page> PROFILED =
            List.of(Page.MY_DAY, Page.CASELOAD, Page.CASELOAD_PAGE, Page.CASE_FILE, Page.TEAM);

    private static final Duration WARM_UP = Duration.ofSeconds(60);
    private static final Duration LEVEL = Duration.ofSeconds(30);
    private static final Duration ALONE_TIME = Duration.ofSeconds(10);
    /** The targets: p95 at 50 users, a page's throughput as a share of the static file's. */
    private static final long P95_TARGET_MILLIS = 100;

    private static final double SHARE_TARGET = 0.15;

    /** All runs' figures; statements are counted with one user, the lowest of three rounds. */
    public record Result(
            Map<String, Map<Page, Timings.Figures>> workingDay,
            Map<Page, Timings.Figures> alone,
            int errorsBesideAlone,
            Map<Page, Long> statements,
            Map<Page, JfrProfile.Split> profiles) {

        /** Failed requests of all measured runs, logins included. */
        public int errors() {
            int errors = errorsBesideAlone
                    + alone.values().stream().mapToInt(Timings.Figures::errors).sum();
            for (Map<Page, Timings.Figures> level : workingDay.values()) {
                errors += level.values().stream()
                        .mapToInt(Timings.Figures::errors)
                        .sum();
            }
            return errors;
        }

        public String report(double scale, long customers) {
            StringBuilder text = new StringBuilder(String.format(
                    Locale.GERMAN,
                    "%nnahbar über HTTP (Skala %.2f: %,d Kund/innen; Gatling, Server und Last auf derselben Maschine)%n",
                    scale,
                    customers));
            for (Map.Entry<String, Map<Page, Timings.Figures>> level : workingDay.entrySet()) {
                boolean fifty = level.getKey().startsWith("50 ");
                text.append(String.format(
                        Locale.GERMAN,
                        "%nArbeitstag: %s (%d s; Antwortzeiten in ms)%n",
                        level.getKey(),
                        LEVEL.toSeconds()));
                text.append(String.format(
                        "%-34s %9s %7s %7s %7s %7s %7s %11s %s%n",
                        "Seite",
                        "Anfragen",
                        "Fehler",
                        "Median",
                        "p95",
                        "p99",
                        "max",
                        "Statements",
                        fifty ? "Ziel p95 < 100 ms" : ""));
                for (Page page : WORKING_DAY) {
                    Timings.Figures f = level.getValue().get(page);
                    if (f == null) {
                        continue;
                    }
                    String target =
                            !fifty || page == Page.LOGIN ? "" : f.p95() < P95_TARGET_MILLIS ? "erreicht" : "verfehlt";
                    text.append(String.format(
                            "%-34s %9d %7d %7d %7d %7d %7d %11s %s%n",
                            page.label(),
                            f.ok(),
                            f.errors(),
                            f.median(),
                            f.p95(),
                            f.p99(),
                            f.max(),
                            statements.containsKey(page) ? statements.get(page) : "–",
                            target));
                }
            }
            double staticRate = alone.containsKey(Page.STATIC_FILE)
                    ? alone.get(Page.STATIC_FILE).perSecond()
                    : 0;
            text.append(String.format(
                    Locale.GERMAN,
                    "%nJede Seite allein, %d Nutzer/innen gleichzeitig, je %d s%n",
                    THROUGHPUT_USERS,
                    ALONE_TIME.toSeconds()));
            double staticCpu = alone.containsKey(Page.STATIC_FILE)
                    ? alone.get(Page.STATIC_FILE).serverCpuMillis()
                    : 0;
            text.append(String.format(
                    "%-34s %11s %7s %7s %7s %18s %13s %15s %s%n",
                    "Seite",
                    "Anfragen/s",
                    "Median",
                    "p95",
                    "Fehler",
                    "Anteil stat. Datei",
                    "Server-CPU ms",
                    "Anteil nach CPU",
                    "Ziel >= 15 %"));
            for (Map.Entry<Page, Timings.Figures> entry : alone.entrySet()) {
                Timings.Figures f = entry.getValue();
                double share = staticRate > 0 ? f.perSecond() / staticRate : 0;
                double cpuShare = f.serverCpuMillis() > 0 ? staticCpu / f.serverCpuMillis() : 0;
                boolean compared = entry.getKey() != Page.STATIC_FILE && entry.getKey() != Page.PING_SERVLET;
                text.append(String.format(
                        Locale.GERMAN,
                        "%-34s %11.0f %7d %7d %7d %17.1f %% %13.2f %14.1f %% %s%n",
                        entry.getKey().label(),
                        f.perSecond(),
                        f.median(),
                        f.p95(),
                        f.errors(),
                        share * 100,
                        f.serverCpuMillis(),
                        cpuShare * 100,
                        !compared ? "" : share >= SHARE_TARGET ? "erreicht" : "verfehlt"));
            }
            text.append(String.format(
                    "Server-CPU: CPU-Zeit des Serverprozesses je Antwort, ab dem Moment, in dem alle angemeldet"
                            + " waren;%n\"Anteil nach CPU\" ist der Durchsatz, den der Server allein im Verhältnis zur statischen Datei"
                            + " hätte.%n"));
            text.append(String.format(
                    "%nWohin die Zeit geht (Java Flight Recorder auf dem Server, Anfrage-Threads, je Seite allein)%n"));
            profiles.forEach((page, split) -> text.append(
                            String.format(Locale.GERMAN, "%s (%,d Stichproben)%n", page.label(), split.samples()))
                    .append(split.format("  ")));
            return text.toString();
        }
    }

    private LoadBenchmark() {}

    /** Runs everything against the plan's server; {@code statistics} switches Hibernate's statistics on and off there. */
    public static Result run(LoadPlan plan, Path results, Consumer<Boolean> statistics) {
        // the JIT compiles the pages' paths first: a server has served them thousands of times by mid-morning
        GatlingRun.run(plan.workingDay(10, WARM_UP), results, "Aufwärmen");
        StatementCounts.clear();
        statistics.accept(true);
        try {
            GatlingRun.run(plan.countingStatements(), results, "Statements zählen");
        } finally {
            statistics.accept(false);
        }
        Map<Page, Long> statements = StatementCounts.lowest();
        Map<String, Map<Page, Timings.Figures>> workingDay = new LinkedHashMap<>();
        for (int users : LEVELS) {
            workingDay.put(
                    users + " Fachkräfte ohne Bedenkzeit",
                    GatlingRun.run(plan.workingDay(users, LEVEL), results, "Arbeitstag, " + users + " Fachkräfte"));
        }
        workingDay.put(
                THINKING, GatlingRun.run(plan.workingDayWithThought(50, LEVEL), results, "Arbeitstag, " + THINKING));
        Map<Page, Timings.Figures> alone = new EnumMap<>(Page.class);
        int errorsBeside = 0;
        Map<Page, JfrProfile.Split> profiles = new EnumMap<>(Page.class);
        for (Page page : ALONE) {
            for (Map.Entry<Page, Timings.Figures> figures : GatlingRun.run(
                            plan.focusedOn(page, THROUGHPUT_USERS, ALONE_TIME), results, page.label() + " allein")
                    .entrySet()) {
                if (figures.getKey() == page) {
                    alone.put(page, figures.getValue());
                } else {
                    errorsBeside += figures.getValue().errors();
                }
            }
        }
        // recorded in runs of their own: the figures above are without the recorder's cost
        for (Page page : PROFILED) {
            Path recording = results.resolve(page.name().toLowerCase(Locale.ROOT) + ".jfr")
                    .toAbsolutePath();
            ServerProcess.jcmd("JFR.start", "name=nahbar-load", "settings=profile", "filename=" + recording);
            try {
                GatlingRun.run(
                        plan.focusedOn(page, THROUGHPUT_USERS, ALONE_TIME), results, page.label() + " aufgezeichnet");
            } finally {
                ServerProcess.jcmd("JFR.stop", "name=nahbar-load");
            }
            profiles.put(page, JfrProfile.read(recording));
        }
        return new Result(workingDay, alone, errorsBeside, statements, profiles);
    }
    /** The caseload alone and the static file alone through a cluster's balancer, per number of nodes behind it. */
    public record ThroughBalancer(Map<Integer, Timings.Figures> caseload, Map<Integer, Timings.Figures> staticFile) {

        public int errors() {
            return Stream.concat(caseload.values().stream(), staticFile.values().stream())
                    .mapToInt(Timings.Figures::errors)
                    .sum();
        }

        public String report() {
            StringBuilder text = new StringBuilder(String.format(
                    Locale.GERMAN,
                    "%nDurch den Load Balancer des Clusters,"
                            + " %d Nutzer/innen gleichzeitig, je %d s (Server, Balancer, PostgreSQL und Last auf denselben 2 Kernen)%n",
                    THROUGHPUT_USERS,
                    ALONE_TIME.toSeconds()));
            text.append(String.format(
                    "%-10s %22s %9s %9s %24s %20s%n",
                    "Knoten", "Bestand Anfragen/s", "Median", "p95", "statische Datei Anfr./s", "Anteil stat. Datei"));
            for (Integer nodes : caseload.keySet()) {
                Timings.Figures page = caseload.get(nodes);
                Timings.Figures file = staticFile.get(nodes);
                text.append(String.format(
                        Locale.GERMAN,
                        "%-10d %22.0f %9d %9d %24.0f %19.1f %%%n",
                        nodes,
                        page.perSecond(),
                        page.median(),
                        page.p95(),
                        file.perSecond(),
                        page.perSecond() / file.perSecond() * 100));
            }
            return text.toString();
        }
    }

    /**
     * Warms both nodes with the working day through the balancer, then measures the caseload page
     * and the static file alone with both nodes, calls {@code dropNode} and measures again with one.
     */
    public static ThroughBalancer throughBalancer(LoadPlan plan, Path results, Runnable dropNode) {
        GatlingRun.run(plan.workingDay(10, WARM_UP), results, "Aufwärmen im Cluster");
        Map<Integer, Timings.Figures> caseload = new LinkedHashMap<>();
        Map<Integer, Timings.Figures> staticFile = new LinkedHashMap<>();
        for (int nodes = 2; nodes >= 1; nodes--) {
            if (nodes == 1) {
                dropNode.run();
            }
            caseload.put(
                    nodes,
                    GatlingRun.run(
                                    plan.focusedOn(Page.CASELOAD, THROUGHPUT_USERS, ALONE_TIME),
                                    results,
                                    "Bestand allein, " + nodes + " Knoten")
                            .get(Page.CASELOAD));
            staticFile.put(
                    nodes,
                    GatlingRun.run(
                                    plan.focusedOn(Page.STATIC_FILE, THROUGHPUT_USERS, ALONE_TIME),
                                    results,
                                    "statische Datei, " + nodes + " Knoten")
                            .get(Page.STATIC_FILE));
        }
        return new ThroughBalancer(caseload, staticFile);
    }
}
