package org.sescert.goalreview.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.sescert.goalreview.GoalReviewParameters;
import org.sescert.goals.GoalAssessment;
import org.sescert.goals.GoalReview;
import org.sescert.goals.GoalReviewSettings;
import org.sescert.goals.PriorityGoal;
import org.sescert.goals.Quarter;
import org.sescert.output.OutputFolder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every step of one goal review works from: the run, the quarter, the goals load it read, the
 * settings it recorded (parsed once from their recorded text, whose hash the run records) and
 * the folder it writes. One per job execution (job scope).
 */
public class GoalReviewRun {

    private final long runId;
    private final Quarter quarter;
    private final GoalsData data;
    private final GoalSettingsFile.Loaded settings;
    private final OutputFolder folder;

    GoalReviewRun(long runId, Quarter quarter, GoalsData data, GoalSettingsFile.Loaded settings, OutputFolder folder) {
        this.runId = runId;
        this.quarter = quarter;
        this.data = data;
        this.settings = settings;
        this.folder = folder;
    }

    public static GoalReviewRun load(JdbcTemplate jdbc, GoalReviewParameters parameters) {
        Map<String, Object> run = jdbc.queryForMap("""
                select quarter, load_id, settings_source, settings_yaml, settings_sha256, out_dir from goal_review_run where run_id = ?""",
                parameters.runId());
        GoalSettingsFile.Loaded settings = GoalSettingsFile.recorded((String) run.get("settings_source"), (String) run.get("settings_yaml"),
                (String) run.get("settings_sha256"));
        String quarter = (String) run.get("quarter");
        return new GoalReviewRun(parameters.runId(), Quarter.parse(quarter), GoalsData.read(jdbc, ((Number) run.get("load_id")).longValue()),
                settings, new OutputFolder(quarter, Path.of((String) run.get("out_dir"))));
    }

    public long runId() {
        return runId;
    }

    public Quarter quarter() {
        return quarter;
    }

    public GoalsData data() {
        return data;
    }

    public GoalReviewSettings settings() {
        return settings.settings();
    }

    public GoalSettingsFile.Loaded settingsFile() {
        return settings;
    }

    public OutputFolder folder() {
        return folder;
    }

    /** Every goal's review for the quarter: pure functions over the load, the same whichever step asks. */
    public List<GoalAssessment> assessments() {
        return data.goals().stream().map(this::assess).toList();
    }

    private GoalAssessment assess(PriorityGoal goal) {
        return GoalReview.assess(goal, data.indicators(), data.actuals(), data.milestones(), data.contributors(), data.strategies(), quarter, settings());
    }
}
