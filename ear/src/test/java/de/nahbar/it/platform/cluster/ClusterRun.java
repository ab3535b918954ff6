package de.nahbar.it.platform.cluster;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

import de.nahbar.it.support.Cluster;
import de.nahbar.it.support.PostgresForTests;

/**
 * {@code mvn -Pcluster package}: nahbar as a two-node cluster on one machine behind its load
 * balancer, with demo data: node A (port offset 100), node B (offset 200), the balancer on
 * http://localhost:8080/. The database is PostgreSQL: the one named by NAHBAR_DB_* when
 * NAHBAR_DB_HOST is set, otherwise a fresh one from the tests' binaries, gone when the cluster
 * stops. Ctrl+C shuts the three servers down. The servers' logs stay in target/cluster.
 */
public final class ClusterRun {

    private static final Logger LOG = Logger.getLogger(ClusterRun.class.getName());

    private ClusterRun() {}

    public static void main(String[] args) throws InterruptedException {
        long started = System.nanoTime();
        useDatabase();
        Cluster cluster = Cluster.start("node", 100, 0, "-Dnahbar.demo-data=true");
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "stop-cluster"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info(() -> "nahbar läuft als Cluster auf http://localhost:8080/ (gestartet in " + took.toSeconds()
                + " s): Knoten A " + cluster.a().url() + ", Knoten B "
                + cluster.b().url() + ", Protokolle in "
                + cluster.a().base().getParent()
                + ". Demo-Anmeldungen wie in README.md (Passwort demo). Beenden mit Strg+C.");
        new CountDownLatch(1).await();
    }

    /** The servers take the database from the nahbar.test.db.* properties, as in the tests. */
    private static void useDatabase() {
        System.setProperty("nahbar.test.db.name", env("NAHBAR_DB_NAME", "nahbar"));
        System.setProperty("nahbar.test.db.user", env("NAHBAR_DB_USER", "nahbar"));
        System.setProperty("nahbar.test.db.password", env("NAHBAR_DB_PASSWORD", "nahbar"));
        String host = System.getenv("NAHBAR_DB_HOST");
        if (host != null && !host.isBlank()) {
            System.setProperty("nahbar.test.db.external", "true");
            System.setProperty("nahbar.test.db.host", host);
            System.setProperty("nahbar.test.db.port", env("NAHBAR_DB_PORT", "5432"));
        } else {
            System.setProperty("nahbar.test.db.host", "127.0.0.1");
            PostgresForTests.start();
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
