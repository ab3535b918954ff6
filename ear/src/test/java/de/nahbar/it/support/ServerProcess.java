package de.nahbar.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The WildFly that Arquillian started for the tests, found by its command line (it names the tests' jboss.home). */
public final class ServerProcess {

    private ServerProcess() {}

    public static long pid() {
        String home = Path.of(System.getProperty("jboss.home"))
                .toAbsolutePath()
                .normalize()
                .toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("jboss-modules.jar") && c.contains(home))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no WildFly running from " + home))
                .pid();
    }

    /** Runs a jcmd command against the server and returns what it printed. */
    public static String jcmd(String... command) {
        try {
            String[] line = new String[command.length + 2];
            line[0] = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            line[1] = String.valueOf(pid());
            System.arraycopy(command, 0, line, 2, command.length);
            Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
