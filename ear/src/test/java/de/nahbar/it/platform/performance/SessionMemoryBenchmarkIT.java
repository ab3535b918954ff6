package de.nahbar.it.platform.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Deployments;
import de.nahbar.it.support.FacesClient;
import de.nahbar.it.support.PostgresForTests;
import de.nahbar.it.support.ServerProcess;

/**
 * What a logged-in caseworker costs the server in memory, measured from outside as the issue
 * did: the live heap after a full GC (jcmd's class histogram) before and after 100 sessions of a
 * caseworker with 450 customers who log in and view ten pages (Mein Tag, the caseload, five
 * case files, a call card, the catalogue, Mein Tag again). The difference per session is the
 * figure; JSF's saved views are counted by their StateHolderSaver objects. Sessions are what a
 * cluster replicates (issue 13): the target is at most 100 KB.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionMemoryBenchmarkIT {

    private static final int SESSIONS = 100;
    private static final Pattern TOTAL = Pattern.compile("Total\\s+(\\d+)\\s+(\\d+)");
    private static final Pattern ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern SAVERS =
            Pattern.compile("\\s(\\d+)\\s+(\\d+)\\s+jakarta\\.faces\\.component\\.StateHolderSaver\\b");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aCaseworkersSessionAfterATypicalWorkflowStaysSmall() throws Exception {
        List<String> customers = List.of(PostgresForTests.queryString("select string_agg(id::text, ',') from ("
                        + "select c.id from customer c join staff_member m on m.id = c.caseworker_id"
                        + " where m.username = 'a.schulz' order by c.id limit 6) x")
                .split(","));
        // warm-up: the first sessions load classes and fill caches that later sessions share
        List<FacesClient> warm = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            warm.add(workflow(customers));
        }
        Heap before = heap();
        List<FacesClient> kept = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            kept.add(workflow(customers));
        }
        Heap after = heap();

        long perSession = (after.bytes() - before.bytes()) / SESSIONS;
        long saversPerSession = (after.savers() - before.savers()) / SESSIONS;
        String report = String.format(
                "%nSession memory (%d caseworker sessions of 10 page views each, heap after full GC):%n"
                        + "  per session: %,d bytes (%,d KB); StateHolderSaver objects per session: %,d%n"
                        + "  heap before: %,d KB, after: %,d KB; grown most, per session:%n%s",
                SESSIONS,
                perSession,
                perSession / 1024,
                saversPerSession,
                before.bytes() / 1024,
                after.bytes() / 1024,
                after.largestGrowth(before, SESSIONS));
        System.out.println(report);
        Path file = Path.of(System.getProperty("jboss.home"), "..", "session-memory-report.txt")
                .normalize();
        Files.writeString(file, report, StandardCharsets.UTF_8);
        assertThat(kept).hasSize(SESSIONS); // the sessions stay alive until measured
        assertThat(perSession).as("bytes per logged-in caseworker").isLessThan(100 * 1024);
    }

    /** Logs in as the caseworker with 450 customers and views ten pages; returns the client holding the session. */
    private static FacesClient workflow(List<String> customers) throws IOException, InterruptedException {
        FacesClient client = new FacesClient();
        assertThat(client.login(Browser.BASE_URL, "a.schulz", "demo")).contains("Mein Tag");
        client.get(Browser.BASE_URL + "/caseload/list.xhtml");
        for (String customer : customers.subList(0, 5)) {
            client.get(Browser.BASE_URL + "/case/file.xhtml?id=" + customer);
        }
        client.get(Browser.BASE_URL + "/reach/card.xhtml?customer=" + customers.get(5));
        client.get(Browser.BASE_URL + "/measure/catalogue.xhtml");
        client.get(Browser.BASE_URL + "/caseload/today.xhtml");
        return client;
    }

    private record Heap(long bytes, long savers, Map<String, Long> byClass) {

        /** The classes that grew most, in bytes per session. */
        String largestGrowth(Heap before, int sessions) {
            StringBuilder lines = new StringBuilder();
            byClass.entrySet().stream()
                    .map(e -> Map.entry(
                            e.getKey(), e.getValue() - before.byClass().getOrDefault(e.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(12)
                    .forEach(e ->
                            lines.append(String.format("    %,9d bytes  %s%n", e.getValue() / sessions, e.getKey())));
            return lines.toString();
        }
    }

    /** The live heap: jcmd's class histogram runs a full GC first. */
    private static Heap heap() {
        String histogram = ServerProcess.jcmd("GC.class_histogram");
        Matcher total = TOTAL.matcher(histogram);
        assertThat(total.find())
                .as("histogram: " + histogram.lines().limit(5).toList())
                .isTrue();
        Matcher savers = SAVERS.matcher(histogram);
        Map<String, Long> byClass = new HashMap<>();
        Matcher row = ROW.matcher(histogram);
        while (row.find()) {
            byClass.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        return new Heap(Long.parseLong(total.group(2)), savers.find() ? Long.parseLong(savers.group(1)) : 0, byClass);
    }
}
