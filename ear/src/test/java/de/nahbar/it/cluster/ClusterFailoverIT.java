package de.nahbar.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.nahbar.it.support.Deployments;
import de.nahbar.it.support.ExtraServer;
import de.nahbar.it.support.PostgresForTests;

/**
 * Two nodes of the cluster configuration (standalone-nahbar-cluster.xml: JGroups over TCP with a
 * fixed member list, sessions in Infinispan's distributed cache) on the tests' PostgreSQL. A
 * caseworker logs in on node A, opens a case file and writes a note, which node B shows at once
 * in the same session; node A is killed (SIGKILL); the same page's next post, with its view
 * state, goes to node B: still logged in, the same case file, the note from node A there, the
 * new note saved once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClusterFailoverIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE_UPDATE =
            Pattern.compile("<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern TWO_MEMBERS = Pattern.compile("\\(2\\) \\[nahbar-[ab]");
    private static final String MEMBERS = "-Dnahbar.cluster.hosts=127.0.0.1[8000],127.0.0.1[8100]";

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aCaseworkersPageContinuesOnTheOtherNodeWhenItsNodeIsKilled() throws Exception {
        String customer = PostgresForTests.queryString("select min(c.id) from customer c join staff_member m"
                + " on m.id = c.caseworker_id where m.username = 'i.schmidt'");
        String run = "Cluster-Test " + System.nanoTime() % 1_000_000;
        CompletableFuture<ExtraServer> startingB = CompletableFuture.supplyAsync(() -> node("b", 500));
        try (ExtraServer a = node("a", 400); ExtraServer b = startingB.join()) {
            // Started at once, each node may first form a cluster of its own; JGroups merges them
            // within seconds (MERGE3). A view of two members, in node B's line on joining or later.
            Instant until = Instant.now().plusSeconds(90);
            while (!TWO_MEMBERS.matcher(consoleOf(b)).find() && Instant.now().isBefore(until)) {
                Thread.sleep(500);
            }
            assertThat(consoleOf(b)).as("node B in one cluster with node A").containsPattern(TWO_MEMBERS);
            get(a, "/caseload/today.xhtml");
            String start = post(a, "/j_security_check", Map.of("j_username", "i.schmidt", "j_password", "demo"), false);
            assertThat(start).contains("<h1>Mein Tag</h1>");

            String page = get(a, "/case/file.xhtml?id=" + customer);
            String nonce = find(NONCE, page);
            String viewState = find(VIEW_STATE, page);
            String saved = addNote(a, viewState, nonce, run + " auf Knoten A");
            assertThat(saved).contains("Der Vermerk wurde gespeichert.");
            viewState = find(VIEW_STATE_UPDATE, saved);
            // while both run, the other node shows the note at once, in the same session
            assertThat(get(b, "/case/file.xhtml?id=" + customer)).doesNotContain("j_security_check")
                    .contains(run + " auf Knoten A");

            // WildFly hands the session to the other node once the request is answered; a person
            // reading the page gives it that moment
            Thread.sleep(1000);
            a.kill();

            String onB = addNote(b, viewState, nonce, run + " auf Knoten B");
            assertThat(onB).as("the same view's post on node B").contains("Der Vermerk wurde gespeichert.")
                    .contains(run + " auf Knoten A", run + " auf Knoten B").doesNotContain("<redirect");
            assertThat(get(b, "/case/file.xhtml?id=" + customer)).doesNotContain("j_security_check")
                    .contains(run + " auf Knoten A", run + " auf Knoten B");
            for (String node : new String[] {"A", "B"}) {
                assertThat(PostgresForTests.queryString("select count(*) from counselling_note where customer_id = ?"
                        + " and text = ?", Long.parseLong(customer), run + " auf Knoten " + node)).isEqualTo("1");
            }
        }
    }

    private static String consoleOf(ExtraServer node) throws IOException {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(node.base())) {
            StringBuilder text = new StringBuilder();
            for (java.nio.file.Path file : files.filter(f -> f.getFileName().toString().startsWith("console-")).toList()) {
                text.append(java.nio.file.Files.readString(file, StandardCharsets.UTF_8));
            }
            return text.toString();
        }
    }

    private static ExtraServer node(String name, int offset) {
        return ExtraServer.start("cluster-" + name, "standalone-nahbar-cluster.xml", offset, "-Djboss.node.name=nahbar-" + name,
                "-Djboss.tx.node.id=nahbar-" + name, MEMBERS);
    }

    /** The note form's Ajax post as PrimeFaces sends it. */
    private String addNote(ExtraServer node, String viewState, String nonce, String text) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "tabs:noteForm:addNote");
        form.put("jakarta.faces.partial.execute", "tabs:noteForm");
        form.put("jakarta.faces.partial.render", "tabs:noteForm tabs:notesList globalMessages");
        form.put("tabs:noteForm", "tabs:noteForm");
        form.put("tabs:noteForm:addNote", "tabs:noteForm:addNote");
        form.put("tabs:noteForm:noteText", text);
        form.put("jakarta.faces.ViewState", viewState);
        form.put("primefaces.nonce", nonce);
        return post(node, "/case/file.xhtml", form, true);
    }

    private String get(ExtraServer node, String path) throws IOException, InterruptedException {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(node.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    private String post(ExtraServer node, String path, Map<String, String> form, boolean ajax)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        HttpResponse<String> answer = browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in the answer").isTrue();
        return matcher.group(1);
    }
}
