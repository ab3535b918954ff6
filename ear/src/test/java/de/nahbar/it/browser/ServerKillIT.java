package de.nahbar.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Deployments;
import de.nahbar.it.support.PostgresForTests;

/**
 * The server is killed (SIGKILL, no shutdown) while a caseworker saves: every save the page
 * had acknowledged is there after the restart, the one in flight is either wholly there or not
 * at all, and the application serves again. A second WildFly of its own (port offset 300, own
 * base directory, the production configuration on the tests' PostgreSQL) is killed, so the
 * server of the other tests runs on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerKillIT {

    private static final int OFFSET = 300;
    private static final String URL = "http://localhost:" + (8080 + OFFSET);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void whatWasAcknowledgedSurvivesAKillDuringASave() throws Exception {
        Path base = Path.of(System.getProperty("nahbar.test.work", "target"), "kill-" + System.nanoTime());
        String customer = PostgresForTests.queryString("select max(c.id) from customer c join staff_member m"
                + " on m.id = c.caseworker_id where m.username = 'i.schmidt'");
        String run = "Kill-Test " + System.nanoTime() % 1_000_000;
        List<String> acknowledged = new ArrayList<>();

        Process server = start(base);
        try (Browser browser = Browser.start()) {
            login(browser);
            browser.driver().get(URL + "/case/file.xhtml?id=" + customer);
            for (int i = 1; i <= 5; i++) {
                String text = run + " Nr. " + i;
                browser.type(By.id("tabs:noteForm:noteText"), text);
                browser.click(By.id("tabs:noteForm:addNote"));
                browser.waitForText(By.id("tabs:notesList"), text);
                acknowledged.add(text);
            }
            browser.type(By.id("tabs:noteForm:noteText"), run + " im Flug");
            browser.driver().findElement(By.id("tabs:noteForm:addNote")).click();
            kill(server);
        } finally {
            kill(server);
        }

        server = start(base);
        try (Browser browser = Browser.start()) {
            for (String text : acknowledged) {
                assertThat(PostgresForTests.queryString("select count(*) from counselling_note where customer_id = ?"
                        + " and text = ?", Long.parseLong(customer), text)).as(text).isEqualTo("1");
            }
            assertThat(PostgresForTests.queryString("select count(*) from counselling_note where customer_id = ?"
                    + " and text = ?", Long.parseLong(customer), run + " im Flug")).isIn("0", "1");
            login(browser);
            browser.driver().get(URL + "/case/file.xhtml?id=" + customer);
            assertThat(browser.text(By.id("tabs:notesList"))).contains(acknowledged);
        } finally {
            kill(server);
            deleteRecursively(base);
        }
    }

    private static void login(Browser browser) {
        browser.driver().get(URL + "/");
        browser.type(By.id("j_username"), "i.schmidt");
        browser.type(By.id("j_password"), "demo");
        browser.driver().findElement(By.id("loginButton")).click();
        browser.waitUntil("the start page", d -> d.getCurrentUrl().endsWith("/caseload/today.xhtml"));
    }

    /** A WildFly of the tests' distribution with a base directory of its own, started like production, and ready. */
    private static Process start(Path base) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("jboss.home")).toAbsolutePath();
        Path deployments = base.resolve("deployments");
        if (!Files.exists(base)) {
            copyRecursively(home.resolve("standalone").resolve("configuration"), base.resolve("configuration"));
            // the copy must not name the deployment the other tests' server holds in its own data
            Path config = base.resolve("configuration").resolve("standalone-nahbar-postgresql.xml");
            Files.writeString(config, Files.readString(config).replaceAll("(?s)<deployments>.*?</deployments>", ""));
            Files.createDirectories(deployments);
            Files.copy(Path.of(System.getProperty("nahbar.ear")), deployments.resolve("nahbar.ear"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        // standalone.sh knows the JVM options WildFly needs on this Java; the JVM is its child
        List<String> command = List.of("bash", home.resolve("bin").resolve("standalone.sh").toString(),
                "-c", "standalone-nahbar-postgresql.xml",
                "-Djboss.server.base.dir=" + base.toAbsolutePath(),
                "-Djboss.socket.binding.port-offset=" + OFFSET, "-Djboss.tx.node.id=kill-test",
                "-Dnahbar.db.host=" + System.getProperty("nahbar.test.db.host"),
                "-Dnahbar.db.port=" + System.getProperty("nahbar.test.db.port"),
                "-Dnahbar.db.name=" + System.getProperty("nahbar.test.db.name"),
                "-Dnahbar.db.user=" + System.getProperty("nahbar.test.db.user"),
                "-Dnahbar.db.password=" + System.getProperty("nahbar.test.db.password"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(base.resolve("console-" + System.nanoTime() + ".log").toFile());
        builder.environment().put("JBOSS_HOME", home.toString());
        builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx512m -Djava.net.preferIPv4Stack=true");
        Process process = builder.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(until) && process.isAlive()) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(URL + "/login.xhtml")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        kill(process);
        throw new IllegalStateException("the second server did not start; see " + base);
    }

    /** SIGKILL to the server's JVM (the script's child) and the script: no shutdown, nothing flushed. */
    private static void kill(Process server) throws InterruptedException {
        server.descendants().forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly().waitFor();
        Instant until = Instant.now().plusSeconds(30);
        while (server.descendants().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
