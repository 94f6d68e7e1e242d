package org.sescert.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The templates of reports/ compile under the hardened engine, and the hardening holds. */
class ReportTemplatesTests {

    static final ReportEngine ENGINE = new ReportEngine();

    static Stream<String> templates() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("reports"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jrxml")).map(n -> n.replace(".jrxml", ""))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateCompiles(String name) {
        JasperReport report = ENGINE.template(name);
        assertThat(report.getName()).isEqualTo(name);
    }

    /** Java 17 switches reflection to generated accessors after ~15 uses; the class filter must let the engine keep filling. */
    @Test
    void aTemplateFillsManyTimesInOneProcess() {
        for (int i = 0; i < 40; i++) {
            var rows = RecordDataSource.of(ReportRows.LevelRow.class, List.of(EvidenceReader.row("Final", new long[] {0, 1, 2, 3, 4, 5})));
            assertThat(ENGINE.fill("level-table", new java.util.HashMap<>(Map.of("LABEL_HEADER", "Stage")), rows).getPages()).hasSize(1);
        }
    }

    @Test
    void theEngineRunsNoQueryAndNoClassOutsideTheWhitelist() throws Exception {
        var context = DefaultJasperReportsContext.getInstance();
        assertThat(context.getProperty("net.sf.jasperreports.query.executer.factory.sql.enabled")).isEqualTo("false");
        assertThat(context.getProperty("net.sf.jasperreports.default.file.repository.enabled")).isEqualTo("false");
        for (String hostile : List.of("sql-query", "runtime-expression")) {
            try (var in = Files.newInputStream(Path.of("src/test/resources/fixtures/reports/" + hostile + ".jrxml"))) {
                JasperReport report = JasperCompileManager.getInstance(context).compile(JRXmlLoader.load(context, in));
                // Without a data source the template's own query would run; with one, its expressions.
                assertThatThrownBy(() -> {
                    if (hostile.startsWith("sql")) {
                        JasperFillManager.getInstance(context).fill(report, new java.util.HashMap<>(Map.of()));
                    } else {
                        JasperFillManager.getInstance(context).fill(report, new java.util.HashMap<>(Map.of()), new JREmptyDataSource(1));
                    }
                }).as(hostile).hasStackTraceContaining(hostile.startsWith("sql") ? "Query executer for the \"sql\" language is disabled"
                        : "java.lang.Runtime is not visible to reports");
            }
        }
    }
}
