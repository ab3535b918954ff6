package de.nahbar.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The test server's log, read from a mark on: what a test's requests wrote there. */
public final class ServerLog {

    private final long linesBefore;

    private ServerLog(long linesBefore) {
        this.linesBefore = linesBefore;
    }

    /** Marks the log's current end (in the server and in a client test). */
    public static ServerLog mark() {
        return new ServerLog(read().size());
    }

    /** The lines written since the mark. */
    public List<String> lines() {
        return read().stream().skip(linesBefore).toList();
    }

    /** The lines written at ERROR (JBoss logging) or SEVERE (java.util.logging, e.g. PrimeFaces) since the mark. */
    public List<String> errors() {
        return lines().stream()
                .filter(l -> l.contains(" ERROR ") || l.contains(" SEVERE "))
                .toList();
    }

    private static List<String> read() {
        try {
            String inServer = System.getProperty("jboss.server.log.dir");
            Path directory = inServer != null
                    ? Path.of(inServer)
                    : Path.of(System.getProperty("jboss.home"), "standalone", "log");
            return Files.readAllLines(directory.resolve("server.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
