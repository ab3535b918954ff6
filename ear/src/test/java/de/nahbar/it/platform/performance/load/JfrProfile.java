package de.nahbar.it.platform.performance.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a page's time goes on the server: a Java Flight Recording of the request threads, read
 * sample by sample. A sample counts for the innermost layer its stack is in (the JDBC driver
 * inside Hibernate inside a service is "Datenbank"); native samples of a request thread waiting
 * on a socket are included, so the split approximates wall-clock time, not only CPU. A second
 * split by JSF phase shows restore, decode and render.
 */
public final class JfrProfile {

    /** Layers from the innermost outwards: the first one a frame belongs to, walking from the leaf, wins. */
    private static final List<Map.Entry<String, Predicate<String>>> LAYERS = List.of(
            Map.entry("Datenbank (JDBC-Treiber, Warten auf PostgreSQL)", startsWith("org.postgresql.")),
            Map.entry("Kompression (gzip)", startsWith("java.util.zip.")),
            Map.entry(
                    "Serialisierung (View-State)",
                    startsWith("java.io.ObjectOutputStream", "java.io.ObjectInputStream", "java.io.ObjectStreamClass")),
            Map.entry("JPA (Hibernate)", startsWith("org.hibernate.", "jakarta.persistence.")),
            Map.entry(
                    "Verbindungspool, Transaktionen",
                    startsWith("org.jboss.jca.", "com.arjuna.", "org.jboss.as.connector.", "org.jboss.as.txn.")),
            // every context's services and domain, without a list to extend for the next context
            Map.entry(
                    "nahbar: Dienste und Regeln",
                    Pattern.compile("de\\.nahbar\\.\\w+\\.(service|domain)\\..*")
                            .asMatchPredicate()),
            Map.entry(
                    "EJB-Container, CDI, Sicherheit",
                    startsWith(
                            "org.jboss.as.ejb3.",
                            "org.jboss.invocation.",
                            "org.jboss.weld.",
                            "org.wildfly.security.",
                            "org.jboss.as.weld.",
                            "org.jboss.as.ee.")),
            Map.entry("EL (Ausdrücke)", startsWith("org.glassfish.expressly.", "jakarta.el.", "com.sun.el.")),
            Map.entry("nahbar: Views", startsWith("de.nahbar.")),
            Map.entry("PrimeFaces-Komponenten", startsWith("org.primefaces.")),
            Map.entry("JSF (Mojarra, Facelets)", startsWith("com.sun.faces.", "jakarta.faces.")),
            Map.entry(
                    "Undertow, Servlet, Filter",
                    startsWith("io.undertow.", "org.xnio.", "org.wildfly.extension.undertow.")));

    private static final List<Map.Entry<String, String>> PHASES = List.of(
            Map.entry("RestoreViewPhase", "Ansicht wiederherstellen"),
            Map.entry("ApplyRequestValuesPhase", "Eingaben übernehmen"),
            Map.entry("ProcessValidationsPhase", "Prüfen"),
            Map.entry("UpdateModelValuesPhase", "Modell aktualisieren"),
            Map.entry("InvokeApplicationPhase", "Aktion ausführen"),
            Map.entry("RenderResponsePhase", "Seite rendern"));

    /** Shares of the request threads' samples, by layer and by JSF phase. */
    public record Split(long samples, Map<String, Double> byLayer, Map<String, Double> byPhase) {

        public String format(String indent) {
            StringBuilder text = new StringBuilder();
            text.append(indent).append("nach Schicht: ").append(shares(byLayer)).append('\n');
            text.append(indent)
                    .append("nach JSF-Phase: ")
                    .append(shares(byPhase))
                    .append('\n');
            return text.toString();
        }

        private static String shares(Map<String, Double> shares) {
            StringBuilder text = new StringBuilder();
            shares.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .filter(e -> e.getValue() >= 0.005)
                    .forEach(e -> text.append(text.length() == 0 ? "" : ", ")
                            .append(String.format(Locale.GERMAN, "%s %.0f %%", e.getKey(), e.getValue() * 100)));
            return text.toString();
        }
    }

    private JfrProfile() {}

    public static Split read(Path recording) {
        Map<String, Long> layers = new LinkedHashMap<>();
        Map<String, Long> phases = new LinkedHashMap<>();
        long samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                if (!("jdk.ExecutionSample".equals(type) || "jdk.NativeMethodSample".equals(type))
                        || event.getThread("sampledThread") == null
                        || event.getStackTrace() == null
                        || !String.valueOf(event.getThread("sampledThread").getJavaName())
                                .startsWith("default task-")) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (!inRequest(frames)
                        || frames.stream().anyMatch(f -> className(f).startsWith("org.wildfly.security.password."))) {
                    continue; // an idle request thread parked in its pool, or the users' logins at the start of the run
                }
                samples++;
                layers.merge(layer(frames), 1L, Long::sum);
                phases.merge(phase(frames), 1L, Long::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Split(samples, shares(layers, samples), shares(phases, samples));
    }

    private static Predicate<String> startsWith(String... prefixes) {
        return name -> Arrays.stream(prefixes).anyMatch(name::startsWith);
    }

    private static boolean inRequest(List<RecordedFrame> frames) {
        return frames.stream()
                .anyMatch(f -> className(f).startsWith("io.undertow.servlet.handlers.ServletInitialHandler"));
    }

    private static String layer(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String name = className(frame);
            for (Map.Entry<String, Predicate<String>> layer : LAYERS) {
                if (layer.getValue().test(name)) {
                    return layer.getKey();
                }
            }
        }
        return "sonstiges (JDK)";
    }

    private static String phase(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String name = className(frame);
            for (Map.Entry<String, String> phase : PHASES) {
                if (name.endsWith("." + phase.getKey())) {
                    return phase.getValue();
                }
            }
        }
        return "außerhalb von JSF (Filter, Anmeldung, Ressourcen)";
    }

    private static String className(RecordedFrame frame) {
        return frame.getMethod() == null || frame.getMethod().getType() == null
                ? ""
                : frame.getMethod().getType().getName();
    }

    private static Map<String, Double> shares(Map<String, Long> counts, long total) {
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.forEach((key, count) -> shares.put(key, total == 0 ? 0 : (double) count / total));
        return shares;
    }
}
