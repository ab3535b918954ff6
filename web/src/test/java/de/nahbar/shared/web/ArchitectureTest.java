package de.nahbar.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md §6, checked on the sources of all three code modules: web → ejb →
 * domain, the web never touches the database, the domain knows no container, and each package
 * lives in the module its layer names.
 */
class ArchitectureTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PACKAGE =
            Pattern.compile("^package (de\\.nahbar\\.\\w+\\.(\\w+));", Pattern.MULTILINE);

    @Test
    void webNeverTouchesTheDatabase() throws IOException {
        assertThat(violations(
                        "web",
                        "jakarta.persistence.EntityManager",
                        "jakarta.persistence.PersistenceContext",
                        "java.sql.",
                        "javax.sql.",
                        "org.flywaydb"))
                .isEmpty();
    }

    @Test
    void domainKnowsNoContainer() throws IOException {
        assertThat(violations(
                        "domain",
                        "jakarta.ejb",
                        "jakarta.faces",
                        "jakarta.enterprise",
                        "jakarta.servlet",
                        "jakarta.annotation.security",
                        "org.primefaces",
                        "org.wildfly",
                        ".service.",
                        ".web."))
                .isEmpty();
    }

    @Test
    void servicesKnowNoViews() throws IOException {
        assertThat(violations("ejb", "jakarta.faces", "jakarta.servlet", "org.primefaces", ".web."))
                .isEmpty();
    }

    @Test
    void eachPackageLivesInTheModuleOfItsLayer() throws IOException {
        List<String> misplaced = new ArrayList<>();
        for (String[] moduleAndLayer : new String[][] {{"domain", "domain"}, {"ejb", "service"}, {"web", "web"}}) {
            for (Path source : sources(moduleAndLayer[0])) {
                Matcher matcher = PACKAGE.matcher(Files.readString(source));
                if (!matcher.find() || !matcher.group(2).equals(moduleAndLayer[1])) {
                    misplaced.add(ROOT.relativize(source).toString());
                }
            }
        }
        assertThat(misplaced).isEmpty();
    }

    /** PrimeFaces skips logging only exact class names: a new refusal class must be named too, or it logs at SEVERE. */
    @Test
    void everyRefusalIsKeptOutOfPrimeFacesErrorLog() throws IOException {
        Matcher ignored = Pattern.compile("EXCEPTION_TYPES_TO_IGNORE_IN_LOGGING</param-name>\\s*<param-value>([^<]*)")
                .matcher(Files.readString(ROOT.resolve("web/src/main/webapp/WEB-INF/web.xml")));
        assertThat(ignored.find()).isTrue();
        List<String> named = List.of(ignored.group(1).split(","));
        Pattern refusal = Pattern.compile("class (\\w+) extends AccessRefusedException");
        List<String> unnamed = new ArrayList<>();
        for (Path source : sources("ejb")) {
            String text = Files.readString(source);
            Matcher matcher = refusal.matcher(text);
            Matcher pkg = PACKAGE.matcher(text);
            if (matcher.find() && pkg.find() && !named.contains(pkg.group(1) + "." + matcher.group(1))) {
                unnamed.add(matcher.group(1));
            }
        }
        assertThat(unnamed)
                .as("refusals missing from primefaces.EXCEPTION_TYPES_TO_IGNORE_IN_LOGGING")
                .isEmpty();
    }

    private static List<String> violations(String module, String... forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : sources(module)) {
            List<String> imports = Files.readAllLines(source).stream()
                    .filter(line -> line.startsWith("import "))
                    .toList();
            for (String line : imports) {
                for (String word : forbidden) {
                    if (line.contains(word)) {
                        found.add(ROOT.relativize(source) + ": " + line);
                    }
                }
            }
        }
        return found;
    }

    private static List<Path> sources(String module) throws IOException {
        Path dir = ROOT.resolve(module).resolve("src/main/java");
        assertThat(dir).isDirectory();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
