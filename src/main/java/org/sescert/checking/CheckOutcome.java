package org.sescert.checking;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.sescert.findings.Severity;

/**
 * What a check found: the policy it applied, counts by rule and severity, the worst findings,
 * and where the findings file is.
 */
public record CheckOutcome(String cycleId, long runId, long jobExecutionId, String policyId, String policySource, String policySha256,
                           Map<String, Map<Severity, Long>> countsByRule, List<Row> worst, Path findingsCsv) {

    /** One finding as exported. */
    public record Row(String rule, String severity, String scope, String subject, String message, String evidence) {
    }

    public long count(Severity severity) {
        return countsByRule.values().stream().mapToLong(m -> m.getOrDefault(severity, 0L)).sum();
    }
}
