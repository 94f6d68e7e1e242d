package org.sescert.goalreview;

import java.util.List;
import java.util.Map;

import org.sescert.goals.GoalAssessment;
import org.sescert.goals.IndicatorActual;

/**
 * What the review PDF shows: the quarter, what the review rests on (the goals load and its input
 * files, the settings and their hash, the run), every goal's assessment, and each indicator's
 * actuals for its trend chart.
 *
 * @param inputs each input file as "name (sha256 ...)"
 */
public record GoalReviewDocument(String quarter, long goalsLoad, List<String> inputs, String settingsSource, String settingsSha256, long runId,
                                 long jobExecutionId, String program, List<GoalAssessment> assessments,
                                 Map<String, List<IndicatorActual>> actuals) {

    public GoalReviewDocument {
        inputs = List.copyOf(inputs);
        assessments = List.copyOf(assessments);
        actuals = Map.copyOf(actuals);
    }
}
