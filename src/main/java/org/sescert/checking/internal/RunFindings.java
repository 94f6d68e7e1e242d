package org.sescert.checking.internal;

import java.util.Collection;

import javax.sql.DataSource;

import org.sescert.findings.Finding;
import org.sescert.findings.FindingWriter;

/** Writes findings of a check run on the current step's transaction. */
final class RunFindings {

    private RunFindings() {
    }

    static void write(DataSource dataSource, CheckRun run, Collection<Finding> findings) {
        try {
            FindingWriter.write(dataSource, run.runId(), run.cycleId(), findings);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the findings of check run " + run.runId(), e);
        }
    }
}
