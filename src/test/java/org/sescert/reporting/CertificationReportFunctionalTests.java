package org.sescert.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sescert.checking.CycleChecker;
import org.sescert.importing.CycleImporter;
import org.sescert.importing.ImportSource;
import org.sescert.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The certification report job end to end, on the sample cycle and on cycles built to show one thing. */
class CertificationReportFunctionalTests extends DatabaseTest {

    @Autowired
    CycleImporter importer;

    @Autowired
    CycleChecker checker;

    @Autowired
    CertificationReporter reporter;

    @Test
    void theSampleCyclesPackageIsWritten() {
        importer.importCycle(ImportSource.file(Path.of("sample-data/sample-cycle.xlsx")), null);
        checker.check("FY2026", null);
        CertificationOutcome outcome = reporter.report("FY2026", Path.of("target/test-out/package"));
        System.out.println(outcome);
        assertThat(outcome.files()).contains("certification-evidence.pdf");
    }
}
