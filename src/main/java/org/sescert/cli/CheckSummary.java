package org.sescert.cli;

import java.io.PrintWriter;
import java.util.Map;

import org.sescert.findings.Severity;
import org.sescert.checking.CheckOutcome;

/** Prints what a check found: counts by rule and severity, the worst findings, and where the file is. */
final class CheckSummary {

    private CheckSummary() {
    }

    static void print(CheckOutcome outcome, PrintWriter out) {
        out.printf("Checked cycle %s under policy %s (%s, sha256 %s; run %d, job execution %d)%n", outcome.cycleId(),
                outcome.policyId(), outcome.policySource(), outcome.policySha256().substring(0, 12), outcome.runId(), outcome.jobExecutionId());
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
        out.println("Worst findings:");
        for (CheckOutcome.Row row : outcome.worst()) {
            out.printf("  %-7s %-26s %-14s %s%n          %s%n", row.severity(), row.rule(), row.subject(), row.message(), row.evidence());
        }
        out.println("All findings: " + outcome.findingsCsv());
        out.flush();
    }
}
