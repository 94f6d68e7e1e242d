package org.sescert.checking;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.sescert.findings.Severity;

/**
 * What a check found: the policy it applied, counts by rule and severity, the worst rules (each
 * once, with its first finding and how many it has: root causes such as RATING_MISSING first
 * within a severity), and where the findings file is.
 */
public record CheckOutcome(String cycleId, long runId, long jobExecutionId, String policyId, String policySource, String policySha256,
                           Map<String, Map<Severity, Long>> countsByRule, List<Row> worst, Path findingsCsv) {

    /** A rule's first finding (by subject) and how many findings the rule has at that severity. */
    public record Row(String rule, String severity, String scope, String subject, String message, String evidence, long count) {
    }

    public long count(Severity severity) {
        return countsByRule.values().stream().mapToLong(m -> m.getOrDefault(severity, 0L)).sum();
    }
}
