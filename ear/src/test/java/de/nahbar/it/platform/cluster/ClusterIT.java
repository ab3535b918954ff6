package de.nahbar.it.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Cluster;
import de.nahbar.it.support.Deployments;
import de.nahbar.it.support.ExtraServer;
import de.nahbar.it.support.FacesClient;
import de.nahbar.it.support.Management;
import de.nahbar.it.support.PostgresForTests;
import de.nahbar.shared.domain.JobcenterTime;

/**
 * nahbar as a two-node cluster behind its load balancer (the configurations of
 * {@code mvn -Pcluster package}) on a database of its own, started at once on the empty database,
 * each node creating the schema and demo data if it finds them missing. What is written on one
 * node is read right on the other; places are never overbooked, whichever node takes them; the
 * reservation timer runs on one node; a change of cached reference data on one node is not read
 * stale on the other; and a browser's session goes on through the balancer when its node is
 * killed. The tests build on each other, in order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** Not the tests' database: its own timers would compete with the cluster's for the reservations. */
    private static final String DATABASE = "nahbar_cluster";

    private static final Pattern TWO_MEMBERS = Pattern.compile("\\(2\\) \\[nahbar-[ab]");
    private static final String EXPIRY_LINE = "Reservierung(en) nach Fristablauf freigegeben";
    private static final String RESERVED = "Der Platz ist reserviert";
    private static final String FULL = "kein Platz mehr frei";
    private static final String CASEWORKER = "i.schmidt";
    private static final String PASSWORD = "demo";

    private static Cluster cluster;
    private static ExtraServer a;
    private static ExtraServer b;
    private static ExtraServer balancer;
    private static long measure;
    private static long entry;
    private static String entryOn;
    private static List<Long> customers;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void startCluster() throws Exception {
        PostgresForTests.freshDatabase(DATABASE);
        cluster = Cluster.start("cluster", 400, 600, "-Dnahbar.db.name=" + DATABASE, "-Dnahbar.demo-data=true");
        a = cluster.a();
        b = cluster.b();
        balancer = cluster.balancer();
        // Started at once, each node may first form a cluster of its own; JGroups merges them
        // within seconds (MERGE3).
        Instant until = Instant.now().plusSeconds(90);
        while (!TWO_MEMBERS.matcher(log(a) + log(b)).find() && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        assertThat(log(a) + log(b)).as("the two nodes in one cluster").containsPattern(TWO_MEMBERS);
        prepareConsents();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void bothNodesStartedOnTheEmptyDatabaseAndOneOfThemCreatedTheDemoData() throws IOException {
        assertThat(sql("select count(*) from team")).isEqualTo("3");
        assertThat((log(a) + log(b)).lines().filter(line -> line.contains("Demodaten angelegt")))
                .hasSize(1);
        assertThat(sql("select count(*) - count(distinct number) from measure")).isEqualTo("0");
        for (ExtraServer node : new ExtraServer[] {a, b}) {
            assertThat(Management.get(node.managementUrl() + "/health/ready").statusCode())
                    .as("each node tells the balancer it is ready")
                    .isEqualTo(200);
        }
        assertThat(Management.get(balancer.url() + "/health/ready").body())
                .as("the management interface is not forwarded")
                .doesNotContain("\"checks\"");
    }

    @Test
    @Order(2)
    void aNoteAndAReservationOnNodeAAreSeenOnNodeBAtOnce() throws Exception {
        FacesClient browser = new FacesClient();
        assertThat(browser.login(a.url(), CASEWORKER, PASSWORD)).contains("<h1>Mein Tag</h1>");
        String note = "Cluster-Test " + System.nanoTime() % 1_000_000 + " auf Knoten A";
        browser.get(caseFile(a, customers.get(0)));
        assertThat(addNote(browser, a, note)).contains("Der Vermerk wurde gespeichert.");
        // the same session on the other node
        assertThat(browser.get(caseFile(b, customers.get(0))))
                .doesNotContain("id=\"loginForm\"")
                .contains(note);

        FacesClient onA = openMeasures(a, customers.get(0));
        assertThat(reserve(onA, a)).contains(RESERVED);
        FacesClient onB = new FacesClient();
        onB.login(b.url(), CASEWORKER, PASSWORD);
        onB.get(caseFile(b, customers.get(1)));
        assertThat(measuresTab(onB, b))
                .as("entry date %s shows the place taken on node A", entryOn)
                .containsPattern(Pattern.quote(entryOn) + "[^<]{1,12}2 frei");
    }

    @Test
    @Order(3)
    void theLastPlacesReservedAtOnceOnBothNodesAreNeverOverbooked() throws Exception {
        List<FacesClient> clients = new ArrayList<>();
        List<ExtraServer> nodes = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            ExtraServer node = i % 2 == 0 ? a : b;
            clients.add(openMeasures(node, customers.get(i)));
            nodes.add(node);
        }
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            FacesClient client = clients.get(i);
            ExtraServer node = nodes.get(i);
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return reserve(client, node);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        List<String> results = answers.stream().map(CompletableFuture::join).toList();

        assertThat(results.stream().filter(r -> r.contains(RESERVED)))
                .as("the two places left")
                .hasSize(2);
        assertThat(results.stream().filter(r -> r.contains(FULL)))
                .as("refused with the reason")
                .hasSize(4);
        assertThat(sql("select taken || '/' || places from entry_date where id = ?", entry))
                .isEqualTo("3/3");
        assertThat(sql("select count(*) from placement where entry_date_id = ? and status = 'RESERVED'", entry))
                .isEqualTo("3");
    }

    @Test
    @Order(4)
    void aLapsedReservationIsReleasedByOneNodeOnce() throws Exception {
        long linesBefore = expiryLines(a) + expiryLines(b);
        PostgresForTests.executeIn(
                DATABASE,
                "update placement set hold_until = now() - interval '1 minute'"
                        + " where entry_date_id = ? and status = 'RESERVED'",
                entry);
        Instant until = Instant.now().plusSeconds(60);
        while (!"3".equals(sql("select count(*) from placement where entry_date_id = ? and status = 'EXPIRED'", entry))
                && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        // a run on the other node at the same moment would have logged before failing its commit
        Thread.sleep(2000);

        assertThat(sql("select count(*) from placement where entry_date_id = ? and status = 'EXPIRED'", entry))
                .isEqualTo("3");
        assertThat(sql(
                        "select count(*) from placement_event ev join placement p on p.id = ev.placement_id"
                                + " where p.entry_date_id = ? and ev.status = 'EXPIRED'",
                        entry))
                .isEqualTo("3");
        assertThat(sql("select taken from entry_date where id = ?", entry)).isEqualTo("0");
        assertThat(expiryLines(a) + expiryLines(b) - linesBefore)
                .as("timer runs that released them, on both nodes")
                .isEqualTo(1);
        assertThat(log(a) + log(b)).contains("3 " + EXPIRY_LINE);
    }

    @Test
    @Order(5)
    void aMeasureChangedOnNodeAIsNotReadStaleFromNodeBsCache() throws Exception {
        int before = Integer.parseInt(sql("select hold_working_days from measure where id = ?", measure));
        int after = before >= 20 ? before - 5 : before + 5;
        // node B reads the measure (and keeps it in its second-level cache) for a reservation
        assertThat(reserve(openMeasures(b, customers.get(1)), b)).contains(RESERVED);
        assertThat(holdUntil(customers.get(1))).isEqualTo(holdFor(before));

        FacesClient coordinator = new FacesClient();
        coordinator.login(a.url(), "b.yilmaz", PASSWORD);
        String page = coordinator.get(a.url() + "/measure/mine.xhtml");
        Matcher row = Pattern.compile("id=\"([^\"]+):saveHoldDays\"").matcher(page);
        assertThat(row.find(page.indexOf("id=\"measureTitle-" + measure + "\"")))
                .isTrue();
        String prefix = row.group(1);
        assertThat(coordinator.ajax(
                        a.url() + "/measure/mine.xhtml",
                        prefix + ":saveHoldDays",
                        prefix + ":saveHoldDays " + prefix + ":holdDays",
                        prefix + ":saveHoldDays " + prefix + ":holdDaysMessage globalMessages",
                        Map.of(
                                "measuresForm",
                                "measuresForm",
                                prefix + ":holdDays_input",
                                String.valueOf(after),
                                prefix + ":holdDays_hinput",
                                String.valueOf(after))))
                .contains("Neue Reservierungen dieser Ma");

        assertThat(reserve(openMeasures(b, customers.get(2)), b)).contains(RESERVED);
        assertThat(holdUntil(customers.get(2)))
                .as("held for the new number of working days")
                .isEqualTo(holdFor(after));
    }

    @Test
    @Order(6)
    void aBrowserGoesOnThroughTheBalancerWhenItsNodeIsKilled() throws Exception {
        String run = "Ausfalltest " + System.nanoTime() % 1_000_000;
        try (Browser browser = Browser.start(balancer.url())) {
            browser.login(CASEWORKER, PASSWORD);
            assertThat(browser.heading()).isEqualTo("Mein Tag");
            browser.open("/case/file.xhtml?id=" + customers.get(0));
            browser.type(By.id("tabs:noteForm:noteText"), run + " vorher");
            browser.click(By.id("tabs:noteForm:addNote"));
            browser.waitForText(By.id("tabs:notesList"), run + " vorher");
            String route = route(browser);
            ExtraServer serving = route.equals("nahbar-a") ? a : b;
            // the node hands the session to the other one once the answer is sent; a reader gives it that moment
            Thread.sleep(1000);
            serving.kill();

            browser.type(By.id("tabs:noteForm:noteText"), run + " nachher");
            browser.click(By.id("tabs:noteForm:addNote"));
            browser.waitForText(By.id("tabs:notesList"), run + " nachher");
            assertThat(browser.text(By.id("tabs:notesList"))).contains(run + " vorher");
            assertThat(route(browser)).as("the session now on the other node").isNotEqualTo(route);
            assertThat(browser.driver().getCurrentUrl()).contains("/case/file.xhtml");
        }
        for (String when : new String[] {"vorher", "nachher"}) {
            assertThat(sql("select count(*) from counselling_note where text = ?", run + " " + when))
                    .isEqualTo("1");
        }
    }

    /** A new entry date with three places on a measure b.yilmaz coordinates, and consents to it of seven customers. */
    private static void prepareConsents() {
        measure = Long.parseLong(
                sql(
                        "select min(m.id) from measure m join measure_coordinator mc on mc.measure_id = m.id"
                                + " join staff_member s on s.id = mc.staff_member_id where s.username = 'b.yilmaz' and m.status <> 'ENDED'"));
        PostgresForTests.executeIn(
                DATABASE,
                "insert into entry_date (id, measure_id, entry_on, places, allowance, taken, version)"
                        + " values (nextval('entry_date_seq'), ?, current_date + 300, 3, 0, 0, 0)",
                measure);
        entry = Long.parseLong(
                sql("select id from entry_date where measure_id = ? and entry_on = current_date + 300", measure));
        entryOn = sql("select to_char(entry_on, 'DD.MM.YYYY') from entry_date where id = ?", entry);
        customers = Stream.of(sql(
                                "select string_agg(id::text, ',' order by id) from (select c.id from customer c"
                                        + " join staff_member s on s.id = c.caseworker_id where s.username = ? and not exists"
                                        + " (select 1 from proposal p where p.customer_id = c.id) order by c.id limit 7) x",
                                CASEWORKER)
                        .split(","))
                .map(Long::valueOf)
                .toList();
        for (long customer : customers) {
            PostgresForTests.executeIn(
                    DATABASE,
                    "insert into proposal (id, customer_id, measure_id, outcome, conversation_on,"
                            + " informed_content, informed_provider, informed_voluntary, created_by, created_at, version)"
                            + " values (nextval('proposal_seq'), ?, ?, 'CONSENT', current_date, true, true, true, ?, now(), 0)",
                    customer,
                    measure,
                    CASEWORKER);
        }
    }

    /** A caseworker's own session on {@code node}, on the customer's case file with the measures tab open. */
    private static FacesClient openMeasures(ExtraServer node, long customer) throws Exception {
        FacesClient client = new FacesClient();
        client.login(node.url(), CASEWORKER, PASSWORD);
        client.get(caseFile(node, customer));
        assertThat(measuresTab(client, node)).contains("tabs:consentsForm");
        return client;
    }

    /** The measures tab's content is rendered when it is first opened, and only an opened tab takes a post. */
    private static String measuresTab(FacesClient client, ExtraServer node) throws Exception {
        return client.ajax(
                node.url() + "/case/file.xhtml",
                "tabs",
                "tabs",
                "tabs",
                Map.of("tabs_contentLoad", "true", "tabs_currentTab", "tabs:measuresTab", "tabs_tabindex", "8"));
    }

    /** "Reservieren" on the first standing consent, for the test's entry date. */
    private static String reserve(FacesClient client, ExtraServer node) throws Exception {
        String row = "tabs:consentsForm:consents:0:";
        return client.ajax(
                node.url() + "/case/file.xhtml",
                row + "reserve",
                row + "reserve " + row + "entry",
                "tabs:consentsForm tabs:measureHistory globalMessages",
                Map.of("tabs:consentsForm", "tabs:consentsForm", row + "entry_input", String.valueOf(entry)));
    }

    private static String addNote(FacesClient client, ExtraServer node, String text) throws Exception {
        return client.ajax(
                node.url() + "/case/file.xhtml",
                "tabs:noteForm:addNote",
                "tabs:noteForm",
                "tabs:noteForm tabs:notesList globalMessages",
                Map.of("tabs:noteForm", "tabs:noteForm", "tabs:noteForm:noteText", text));
    }

    private static String caseFile(ExtraServer node, long customer) {
        return node.url() + "/case/file.xhtml?id=" + customer;
    }

    private static long holdUntil(long customer) {
        return Long.parseLong(sql(
                "select extract(epoch from hold_until)::bigint from placement"
                        + " where customer_id = ? and entry_date_id = ? and status = 'RESERVED'",
                customer,
                entry));
    }

    /** When a reservation made today is released: the close of the n-th working day, German time. */
    private static long holdFor(int workingDays) {
        return JobcenterTime.startOf(JobcenterTime.workingDaysAfter(JobcenterTime.today(), workingDays)
                        .plusDays(1))
                .getEpochSecond();
    }

    /** The node in the session cookie's route: where the balancer sends this browser. */
    private static String route(Browser browser) {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return session.substring(session.lastIndexOf('.') + 1);
    }

    private static long expiryLines(ExtraServer node) throws IOException {
        return log(node).lines().filter(line -> line.contains(EXPIRY_LINE)).count();
    }

    private static String log(ExtraServer node) throws IOException {
        Path file = node.base().resolve("log").resolve("server.log");
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static String sql(String query, Object... parameters) {
        return PostgresForTests.queryStringIn(DATABASE, query, parameters);
    }
}
