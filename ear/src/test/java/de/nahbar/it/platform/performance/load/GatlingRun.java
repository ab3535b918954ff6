package de.nahbar.it.platform.performance.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import de.nahbar.it.support.ServerProcess;

/** Runs {@link CaseworkerDay} under a plan in this JVM, where its virtual users record their timings. */
public final class GatlingRun {

    private GatlingRun() {}

    /** Figures per page of the run; Gatling's HTML report of it goes to the results folder. */
    public static Map<Page, Timings.Figures> run(LoadPlan plan, Path results, String description) {
        LoadPlan.use(plan);
        Timings.clear(ServerProcess.pid());
        try {
            Files.createDirectories(results);
            int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                "-s",
                CaseworkerDay.class.getName(),
                "-rf",
                results.toAbsolutePath().toString(),
                "-rd",
                description
            });
            if (status != 0) {
                throw new IllegalStateException("Gatling endete mit " + status + " (" + description + ")");
            }
            return Timings.figures();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
