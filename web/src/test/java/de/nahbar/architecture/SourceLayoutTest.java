package de.nahbar.architecture;

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
 * What bytecode cannot show: each package lives in the module its layer names (docs/architecture.md),
 * and every refusal is known to PrimeFaces' exception handler.
 */
class SourceLayoutTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PACKAGE =
            Pattern.compile("^package (de\\.nahbar\\.\\w+\\.(\\w+));", Pattern.MULTILINE);

    @Test
    void eachPackageLivesInTheModuleOfItsLayer() throws IOException {
        List<String> misplaced = new ArrayList<>();
        for (String[] moduleAndLayer :
                new String[][] {{"domain", "domain"}, {"ejb", "service"}, {"web", "web"}, {"ear", "health"}}) {
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

    private static List<Path> sources(String module) throws IOException {
        Path dir = ROOT.resolve(module).resolve("src/main/java");
        assertThat(dir).isDirectory();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
