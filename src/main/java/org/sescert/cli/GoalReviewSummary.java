package org.sescert.cli;

import java.io.PrintWriter;
import java.util.List;

import org.sescert.goalreview.GoalReviewer;
import org.sescert.goals.RiskCategory;

/** Prints what a goal review found: the goals by risk, the findings by rule, and where the files are. */
final class GoalReviewSummary {

    private GoalReviewSummary() {
    }

    static void print(GoalReviewer.GoalReviewOutcome outcome, String database, PrintWriter out) {
        out.printf("Reviewed the priority goals for %s (run %d, job execution %d; goals load %d; database: %s)%n", outcome.quarter(),
                outcome.runId(), outcome.jobExecutionId(), outcome.goalsLoad(), database);
        out.printf("  settings %s, sha256 %s%n", outcome.settingsSource(), outcome.settingsSha256());
        for (RiskCategory risk : RiskCategory.values()) {
            List<String> goals = outcome.goalsByRisk().getOrDefault(risk, List.of());
            out.printf("  %-8s %2d  %s%n", risk, goals.size(), String.join(", ", goals));
        }
        if (outcome.findingsByRule().isEmpty()) {
            out.println("No findings.");
        } else {
            outcome.findingsByRule().forEach((rule, n) -> out.printf("  %-24s %3d%n", rule, n));
        }
        out.println("Files: " + outcome.folder().resolve("goals-review-" + outcome.quarter() + ".pdf") + " and .xlsx");
        out.flush();
    }
}
