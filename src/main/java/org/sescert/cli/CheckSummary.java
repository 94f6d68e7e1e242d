package org.sescert.cli;

import java.io.PrintWriter;
import java.util.Map;

import org.sescert.checking.CheckOutcome;
import org.sescert.findings.Severity;

/** Prints what a check found: counts by rule and severity, the worst rules (root causes first), and where the file is. */
final class CheckSummary {

    private CheckSummary() {
    }

    static void print(CheckOutcome outcome, String database, PrintWriter out) {
        out.printf("Checked cycle %s under policy %s (run %d, job execution %d; database: %s)%n", outcome.cycleId(), outcome.policyId(),
                outcome.runId(), outcome.jobExecutionId(), database);
        out.printf("  policy %s, sha256 %s%n", outcome.policySource(), outcome.policySha256());
        if (outcome.countsByRule().isEmpty()) {
            out.println("No findings.");
            out.flush();
            return;
        }
        out.printf("  %-32s %7s %8s %6s%n", "rule", "ERROR", "WARNING", "INFO");
        for (Map.Entry<String, Map<Severity, Long>> rule : outcome.countsByRule().entrySet()) {
            Map<Severity, Long> c = rule.getValue();
            out.printf("  %-32s %7d %8d %6d%n", rule.getKey(), c.getOrDefault(Severity.ERROR, 0L),
                    c.getOrDefault(Severity.WARNING, 0L), c.getOrDefault(Severity.INFO, 0L));
        }
        out.printf("  %-32s %7d %8d %6d%n", "total", outcome.count(Severity.ERROR), outcome.count(Severity.WARNING), outcome.count(Severity.INFO));
        out.println("Worst findings, one line each per rule (causes such as missing ratings first):");
        for (CheckOutcome.Row row : outcome.worst()) {
            out.printf("  %-7s %s%s: %s%s%n", row.severity(), row.rule(), row.count() > 1 ? " x" + row.count() : "", row.subject(),
                    row.count() > 1 ? " and " + (row.count() - 1) + " more" : "");
            out.printf("          %s%n", row.message());
            if (row.evidence() != null && !row.evidence().isBlank()) {
                out.printf("          %s%n", row.evidence());
            }
        }
        out.println("All findings: " + outcome.findingsCsv());
        out.flush();
    }
}
