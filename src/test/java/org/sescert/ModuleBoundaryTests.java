package org.sescert;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries (README, "How the code is laid out"): every direct sub-package of
 * org.sescert is a module; its top-level public types are its API and its sub-packages
 * ({@code internal}) are private; modules depend on each other without cycles. The rule,
 * analysis and goal-review cores stay plain Java. The module canvases and diagram in docs/modules
 * are written from the same model.
 */
class ModuleBoundaryTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SescertApplication.class);

    /** Packages whose classes are the domain's pure functions and records. */
    static final String[] CORES = {"org.sescert.rating", "org.sescert.analytics", "org.sescert.goals"};

    @Test
    void modulesDependOnEachOthersApiOnlyAndWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void theRuleAnalysisAndGoalCoresUseNoSpringJdbcPoiCsvOrFiles() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.sescert");
        noClasses().that().resideInAnyPackage(CORES)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "org.postgresql..",
                        "org.apache.poi..", "org.apache.commons.csv..", "java.nio.file..")
                .orShould().dependOnClassesThat().belongToAnyOf(File.class, FileInputStream.class, FileOutputStream.class, FileReader.class,
                        FileWriter.class, RandomAccessFile.class)
                .because("rules and analyses are pure functions over records, testable in milliseconds (STYLE.md)")
                .check(classes);
    }

    @Test
    void theModuleDiagramsInDocsAreWrittenFromTheVerifiedModel() throws IOException {
        // The canvases and the Mermaid graph below; not the PlantUML diagram, whose order changes from run to run.
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules").withoutClean())
                .writeModuleCanvases();
        String diagram = mermaid();
        Files.writeString(Path.of("docs/modules/modules.md"), diagram, StandardCharsets.UTF_8);
        // The README shows the same diagram inline; it must not drift from the code.
        org.assertj.core.api.Assertions.assertThat(Files.readString(Path.of("README.md")))
                .as("README.md's module diagram (copy it from docs/modules/modules.md)")
                .contains(diagram.substring(diagram.indexOf("```mermaid")));
    }

    /** The same dependency graph as Mermaid, which the README shows inline. */
    static String mermaid() {
        StringBuilder text = new StringBuilder("""
                # Modules

                Written by `ModuleBoundaryTests` from the model Spring Modulith verifies; do not edit by hand.
                An arrow reads "uses". Each module's API is its top-level public types; its `internal` package is private.

                ```mermaid
                flowchart LR
                """);
        MODULES.stream().sorted().forEach(module -> {
            String dependencies = module.getDirectDependencies(MODULES).uniqueModules()
                    .map(ApplicationModule::getIdentifier).map(Object::toString).sorted().collect(Collectors.joining(" & "));
            String id = module.getIdentifier().toString();
            text.append("    ").append(id).append(dependencies.isEmpty() ? "" : " --> " + dependencies).append('\n');
        });
        return text.append("```\n").toString();
    }
}
