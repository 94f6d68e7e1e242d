package org.sescert.goalreview;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sescert.goalreview.internal.GoalSettingsFile;
import org.sescert.goals.Quarter;
import org.sescert.goals.RiskCategory;
import org.sescert.jobs.JobRunner;
import org.sescert.jobs.Subject;
import org.sescert.output.OutputFolder;
import org.sescert.output.OutputFolders;
import org.sescert.system.RefusedException;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Reviews the agency's priority goals for one quarter (31 U.S.C. 1121(b)): records the run with
 * the goals load and the settings it applies, runs the review job, and says what it found.
 */
@Service
public class GoalReviewer {

    private final JdbcTemplate jdbc;
    private final JobRunner jobs;
    private final Job reviewJob;
    private final OutputFolders outputs;

    public GoalReviewer(JdbcTemplate jdbc, JobRunner jobs, @Qualifier(GoalReviewJobConfiguration.JOB_NAME) Job reviewJob, OutputFolders outputs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.reviewJob = reviewJob;
        this.outputs = outputs;
    }

    /** What a review found: goals by risk, findings by rule, and where the files are. */
    public record GoalReviewOutcome(String quarter, long runId, long jobExecutionId, long goalsLoad, Map<RiskCategory, List<String>> goalsByRisk,
                                    Map<String, Long> findingsByRule, Map<String, Long> findingsBySeverity, Path folder, String settingsSource,
                                    String settingsSha256) {
    }

    /**
     * @param settings a settings file, or null for the shipped thresholds
     * @param out      the folder to write into, or null for out/&lt;quarter&gt;/
     * @throws RefusedException when no goals are loaded, or the quarter or settings cannot be read
     */
    public GoalReviewOutcome review(String quarterText, Path settings, Path out) {
        Quarter quarter;
        try {
            quarter = Quarter.parse(quarterText);
        } catch (IllegalArgumentException e) {
            throw new RefusedException("--quarter: " + e.getMessage(), e);
        }
        Long goalsLoad = jdbc.query("select load_id from goal_set", rs -> rs.next() ? rs.getLong(1) : null);
        if (goalsLoad == null) {
            throw new RefusedException("no goals are loaded; import the goals workbook first (sescert goals import FILE.xlsx).");
        }
        GoalSettingsFile.Loaded loaded = GoalSettingsFile.load(settings);
        OutputFolder folder = out != null ? new OutputFolder(quarter.toString(), out.toAbsolutePath()) : outputs.of(quarter.toString());
        long[] runId = new long[1];
        JobExecution execution = jobs.start(reviewJob, Subject.quarter("goals review", quarter.toString()), () -> {
            runId[0] = record(quarter, goalsLoad, loaded, folder);
            return new GoalReviewParameters(runId[0], quarter.toString());
        });
        return outcome(runId[0], execution.getId(), quarter, goalsLoad, folder, loaded.source(), loaded.sha256());
    }

    /** What an execution of the review job did, after sescert restart. */
    public GoalReviewOutcome outcomeOf(JobExecution execution) {
        GoalReviewParameters parameters = GoalReviewParameters.from(execution.getJobParameters());
        Map<String, Object> run = jdbc.queryForMap("select load_id, out_dir, settings_source, settings_sha256 from goal_review_run where run_id = ?",
                parameters.runId());
        Quarter quarter = Quarter.parse(parameters.quarter());
        return outcome(parameters.runId(), execution.getId(), quarter, ((Number) run.get("load_id")).longValue(),
                new OutputFolder(quarter.toString(), Path.of((String) run.get("out_dir"))), (String) run.get("settings_source"),
                (String) run.get("settings_sha256"));
    }

    private long record(Quarter quarter, long goalsLoad, GoalSettingsFile.Loaded settings, OutputFolder folder) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("""
                    insert into goal_review_run (quarter, load_id, settings_source, settings_sha256, settings_yaml, out_dir)
                    values (?, ?, ?, ?, ?, ?)""", new String[] {"run_id"});
            ps.setString(1, quarter.toString());
            ps.setLong(2, goalsLoad);
            ps.setString(3, settings.source());
            ps.setString(4, settings.sha256());
            ps.setString(5, settings.yaml());
            ps.setString(6, folder.dir().toAbsolutePath().toString());
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private GoalReviewOutcome outcome(long runId, long executionId, Quarter quarter, long goalsLoad, OutputFolder folder, String settingsSource,
                                      String settingsSha256) {
        Map<RiskCategory, List<String>> byRisk = new EnumMap<>(RiskCategory.class);
        jdbc.query("select goal_id, risk from goal_review_goal where run_id = ? order by goal_id", rs -> {
            byRisk.computeIfAbsent(RiskCategory.valueOf(rs.getString(2)), r -> new java.util.ArrayList<>()).add(rs.getString(1));
        }, runId);
        Map<String, Long> byRule = new java.util.TreeMap<>();
        jdbc.query("select rule, count(*) from goal_finding where run_id = ? group by rule", rs -> {
            byRule.put(rs.getString(1), rs.getLong(2));
        }, runId);
        Map<String, Long> bySeverity = new java.util.TreeMap<>();
        jdbc.query("select severity, count(*) from goal_finding where run_id = ? group by severity", rs -> {
            bySeverity.put(rs.getString(1), rs.getLong(2));
        }, runId);
        return new GoalReviewOutcome(quarter.toString(), runId, executionId, goalsLoad, byRisk, byRule, bySeverity, folder.dir(), settingsSource, settingsSha256);
    }
}
