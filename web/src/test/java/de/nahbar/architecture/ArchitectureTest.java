package de.nahbar.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The context map of docs/architecture.md, checked on the bytecode of domain, ejb and web: the three
 * layers, the order of the contexts (each may use only those before it), no cycles between them, and
 * what each layer must never touch. A fully qualified name in the code counts as much as an import.
 */
class ArchitectureTest {

    /** The contexts from the bottom up, exactly as docs/architecture.md lists them. */
    static final List<String> CONTEXTS = List.of(
            "shared", "staff", "audit", "caseload", "measure", "provider", "reach", "team", "desk", "operations");

    private static JavaClasses nahbar;

    @BeforeAll
    static void importClasses() {
        nahbar = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.nahbar");
        assertThat(nahbar.size())
                .as("classes of domain, ejb and web on the class path")
                .isGreaterThan(300);
    }

    @Test
    void theLayersGoWebThenServiceThenDomain() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("domain")
                .definedBy("de.nahbar.*.domain..")
                .layer("service")
                .definedBy("de.nahbar.*.service..")
                .layer("web")
                .definedBy("de.nahbar.*.web..")
                .whereLayer("web")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("service")
                .mayOnlyBeAccessedByLayers("web")
                .whereLayer("domain")
                .mayOnlyBeAccessedByLayers("service", "web")
                .check(nahbar);
    }

    @Test
    void everyClassBelongsToAContextOfTheMapAndOneOfItsLayers() {
        String[] packages = CONTEXTS.stream()
                .flatMap(context -> List.of("domain", "service", "web").stream()
                        .map(layer -> "de.nahbar." + context + "." + layer + ".."))
                .toArray(String[]::new);
        classes().should().resideInAnyPackage(packages).check(nahbar);
    }

    @Test
    void eachContextUsesOnlyTheContextsBeforeIt() {
        for (int i = 0; i < CONTEXTS.size() - 1; i++) {
            List<String> laterContexts = CONTEXTS.subList(i + 1, CONTEXTS.size());
            String[] later = laterContexts.stream()
                    .map(context -> "de.nahbar." + context + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage("de.nahbar." + CONTEXTS.get(i) + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(later)
                    .because(CONTEXTS.get(i) + " comes before " + String.join(", ", laterContexts) + " in the map")
                    .check(nahbar);
        }
    }

    @Test
    void noCyclesBetweenContexts() {
        slices().matching("de.nahbar.(*)..").should().beFreeOfCycles().check(nahbar);
    }

    @Test
    void webNeverTouchesTheDatabase() {
        noClasses()
                .that()
                .resideInAPackage("de.nahbar.*.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "java.sql..", "javax.sql..", "org.flywaydb..")
                .check(nahbar);
    }

    @Test
    void domainKnowsNoContainer() {
        noClasses()
                .that()
                .resideInAPackage("de.nahbar.*.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.ejb..",
                        "jakarta.faces..",
                        "jakarta.enterprise..",
                        "jakarta.inject..",
                        "jakarta.servlet..",
                        "jakarta.annotation.security..",
                        "org.primefaces..",
                        "org.wildfly..")
                .check(nahbar);
    }

    @Test
    void servicesKnowNoViews() {
        noClasses()
                .that()
                .resideInAPackage("de.nahbar.*.service..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "jakarta.servlet..", "org.primefaces..")
                .check(nahbar);
    }

    @Test
    void theMapInTheDocsListsTheSameOrder() throws IOException {
        Path map = Path.of("..").toAbsolutePath().normalize().resolve("docs/architecture.md");
        assertThat(Files.readString(map)).contains("Order of the contexts: " + String.join(" → ", CONTEXTS) + ".");
    }
}
