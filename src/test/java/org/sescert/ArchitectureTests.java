package org.sescert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The domain core stays plain Java: rules and derivation know nothing of Spring, JDBC, POI or files. */
class ArchitectureTests {

    private static final List<String> FORBIDDEN = List.of("import org.springframework", "import java.sql", "import javax.sql",
            "import org.apache.poi", "import org.apache.commons.csv");

    @Test
    void theRatingDomainImportsNoFrameworkOrDatabaseTypes() throws Exception {
        Path domain = Path.of("src/main/java/org/sescert/rating");
        try (Stream<Path> files = Files.list(domain)) {
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
