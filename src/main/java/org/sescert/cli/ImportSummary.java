package org.sescert.cli;

import java.io.PrintWriter;

import org.sescert.importing.ImportOutcome;

/** Prints what an import loaded: per sheet rows read, loaded and rejected, what it replaced (or why it was refused), and where the rejects are. */
final class ImportSummary {

    private ImportSummary() {
    }

    static void print(ImportOutcome outcome, String database, PrintWriter out, PrintWriter err) {
        outcome.warnings().forEach(w -> err.println("warning: " + w));
        boolean goals = org.sescert.importing.GoalsLayout.SUBJECT.equals(outcome.cycleId());
        String what = goals ? "the goals" : "cycle " + outcome.cycleId();
        out.printf("%s %s from %s (load %d, job execution %d; database: %s)%n", outcome.refused() ? "Refused a load of" : "Imported",
                what, outcome.source(), outcome.loadId(), outcome.jobExecutionId(), database);
        if (!outcome.refused()) {
            out.println(outcome.replaced() == null ? "  The first load of " + what + "." : "  Replaces " + outcome.replaced() + ".");
        }
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

    /** The one line of a refusal: what happened, that nothing was replaced, and the options that accept the load anyway. */
    static String refusal(ImportOutcome outcome) {
        return "load " + outcome.loadId() + " of " + outcome.cycleId() + " is refused and the cycle is unchanged: " + outcome.refusal() + "."
                + (outcome.rejectsXlsx() == null ? "" : " Its rejects are in " + outcome.rejectsXlsx() + ".")
                + " Fix the input and import again, or accept it as it is with --replace (or raise --max-rejected / --max-drop).";
    }
}
