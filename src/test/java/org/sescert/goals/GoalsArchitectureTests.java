package org.sescert.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The goal review's core is pure: no framework, database, workbook, CSV or file types, so it tests in milliseconds. */
class GoalsArchitectureTests {

    private static final List<String> FORBIDDEN = List.of("import org.springframework", "import java.sql", "import javax.sql",
            "import org.apache.poi", "import org.apache.commons.csv", "import java.io", "import java.nio");

    @Test
    void theGoalReviewImportsNoFrameworkDatabaseOrFileTypes() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/sescert/goals"))) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertThat(sources).hasSizeGreaterThan(10);
            for (Path source : sources) {
                String text = Files.readString(source);
                for (String forbidden : FORBIDDEN) {
                    assertThat(text).as(source.getFileName() + " must not " + forbidden).doesNotContain(forbidden);
                }
            }
        }
    }
}
