package org.sescert.cli;

import java.io.PrintWriter;

import org.sescert.importing.ImportOutcome;

/** Prints what an import loaded: per sheet rows read, loaded and rejected, and where the rejects are. */
final class ImportSummary {

    private ImportSummary() {
    }

    static void print(ImportOutcome outcome, PrintWriter out, PrintWriter err) {
        outcome.warnings().forEach(w -> err.println("warning: " + w));
        out.printf("Imported cycle %s from %s (load %d, job execution %d)%n",
                outcome.cycleId(), outcome.source(), outcome.loadId(), outcome.jobExecutionId());
        out.printf("  %-16s %9s %9s %9s%n", "sheet", "read", "loaded", "rejected");
        for (ImportOutcome.SheetCount c : outcome.sheets()) {
            out.printf("  %-16s %9d %9d %9d%n", c.sheet(), c.read(), c.loaded(), c.rejected());
        }
        if (outcome.rejectedRows() == 0) {
            out.println("No rows rejected.");
        } else {
            out.printf("%d rows rejected; each with its cell and reason in:%n  %s%n  %s%n",
                    outcome.rejectedRows(), outcome.rejectsCsv(), outcome.rejectsXlsx());
        }
        out.flush();
    }
}
