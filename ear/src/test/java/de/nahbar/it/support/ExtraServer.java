package de.nahbar.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A WildFly of the tests' distribution beside the tests' own server: its own base directory and
 * port offset, a configuration the build provisioned, nahbar.ear deployed, the tests'
 * PostgreSQL, started by standalone.sh as in production. For the tests that kill a server
 * (SIGKILL, nothing flushed) or run two of them as a cluster, and for the cluster's load balancer
 * (the same distribution, nothing deployed). {@code ClusterRun} starts a cluster with them.
 */
public final class ExtraServer implements AutoCloseable {

    private final Path base;
    private final String config;
    private final int offset;
    private final List<String> properties;
    private final boolean deploysNahbar;
    private Process process;

    private ExtraServer(Path base, String config, int offset, List<String> properties, boolean deploysNahbar) {
        this.base = base;
        this.config = config;
        this.offset = offset;
        this.properties = properties;
        this.deploysNahbar = deploysNahbar;
    }

    /** Prepares the base directory (once) and starts the server; returns when it serves its login page. */
    public static ExtraServer start(String name, String config, int offset, String... properties) {
        ExtraServer server = new ExtraServer(baseFor(name), config, offset, List.of(properties), true);
        server.restart();
        return server;
    }

    /**
     * Starts the load balancer (standalone-nahbar-balancer.xml) in front of nodes that are already
     * running; returns when it forwards to them, i.e. when nahbar's login page answers through it.
     */
    public static ExtraServer balancer(String name, int offset, String... properties) {
        ExtraServer server =
                new ExtraServer(baseFor(name), "standalone-nahbar-balancer.xml", offset, List.of(properties), false);
        server.restart();
        return server;
    }

    private static Path baseFor(String name) {
        return Path.of(System.getProperty("nahbar.test.work", "target"), name + "-" + System.nanoTime());
    }

    public String url() {
        return "http://localhost:" + (8080 + offset);
    }

    /** Its management interface (readiness, liveness, metrics): never behind the balancer. */
    public String managementUrl() {
        return "http://localhost:" + (9990 + offset);
    }

    public Path base() {
        return base;
    }

    /** Starts it again on the same base directory (after {@link #kill()}). */
    public void restart() {
        try {
            startProcess();
            awaitLoginPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void startProcess() throws IOException {
        Path home = Path.of(System.getProperty("jboss.home")).toAbsolutePath();
        if (!Files.exists(base)) {
            copyRecursively(home.resolve("standalone").resolve("configuration"), base.resolve("configuration"));
            // the copy must not name the deployment the tests' own server holds in its data
            Path file = base.resolve("configuration").resolve(config);
            Files.writeString(file, Files.readString(file).replaceAll("(?s)<deployments>.*?</deployments>", ""));
            Files.createDirectories(base.resolve("deployments"));
            if (deploysNahbar) {
                Files.copy(
                        Path.of(System.getProperty("nahbar.ear")),
                        base.resolve("deployments").resolve("nahbar.ear"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // standalone.sh knows the JVM options WildFly needs on this Java; the JVM is its child
        List<String> command = new ArrayList<>(List.of(
                "bash",
                home.resolve("bin").resolve("standalone.sh").toString(),
                "-c",
                config,
                "-Djboss.server.base.dir=" + base.toAbsolutePath(),
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Dnahbar.db.host=" + System.getProperty("nahbar.test.db.host"),
                "-Dnahbar.db.port=" + System.getProperty("nahbar.test.db.port"),
                "-Dnahbar.db.name=" + System.getProperty("nahbar.test.db.name"),
                "-Dnahbar.db.user=" + System.getProperty("nahbar.test.db.user"),
                "-Dnahbar.db.password=" + System.getProperty("nahbar.test.db.password")));
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        base.resolve("console-" + System.nanoTime() + ".log").toFile());
        builder.environment().put("JBOSS_HOME", home.toString());
        builder.environment()
                .put(
                        "JAVA_OPTS",
                        (deploysNahbar ? "-Xms128m -Xmx512m" : "-Xms64m -Xmx192m")
                                + " -Djava.net.preferIPv4Stack=true");
        process = builder.start();
    }

    private void awaitLoginPage() throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plusSeconds(240);
        while (Instant.now().isBefore(until) && process.isAlive()) {
            try {
                int status = client.send(
                                HttpRequest.newBuilder(URI.create(url() + "/login.xhtml"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 200 || status == 301) { // 301: nahbar answers on HTTPS only (TransportSecurity)
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        kill();
        throw new IllegalStateException("the server in " + base + " did not start; see its console log");
    }

    /** SIGKILL to the server's JVM (the script's child) and the script: no shutdown, nothing flushed. */
    public void kill() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
            Instant until = Instant.now().plusSeconds(30);
            while (process.descendants().anyMatch(ProcessHandle::isAlive)
                    && Instant.now().isBefore(until)) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Shuts the server down as Ctrl+C would (SIGTERM: sessions handed on, transactions finished); keeps its logs. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /** Kills the server and removes its base directory. */
    @Override
    public void close() {
        kill();
        if (Boolean.getBoolean("nahbar.test.keep-servers")) {
            return; // its logs stay for a look after the run
        }
        try (Stream<Path> files = Files.walk(base)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
}
