package org.sescert.importing;

import org.sescert.importing.internal.CycleSource;
import org.sescert.importing.internal.CycleSources;
import org.sescert.importing.internal.ImportJobParameters;
import org.sescert.importing.internal.ImportLimits;
import org.sescert.importing.internal.LoadRecords;
import org.sescert.importing.internal.SourceInspection;
import org.sescert.jobs.JobRunner;
import org.sescert.jobs.Subject;
import org.sescert.output.OutputFolders;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Imports the PIO's goals workbook (or a folder of its CSV files) as a new load of the agency's
 * goals, with the same checks, rejects, counts and load history as a cycle import.
 */
@Service
public class GoalsImporter {

    private final NamedParameterJdbcTemplate jdbc;
    private final JobRunner jobs;
    private final Job importJob;
    private final ImportLimits limits;
    private final OutputFolders outputs;

    public GoalsImporter(NamedParameterJdbcTemplate jdbc, JobRunner jobs, @Qualifier(GoalsImportJobConfiguration.JOB_NAME) Job importJob,
                         ImportSettings settings, OutputFolders outputs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.importJob = importJob;
        this.limits = settings.limits();
        this.outputs = outputs;
    }

    /** The file-level checks alone, before anything starts. */
    public static void inspect(ImportSource source) {
        ImportSettings settings = ImportSettings.fromEnvironment();
        try (CycleSource goals = CycleSources.open(source, settings.limits())) {
            SourceInspection.inspectGoals(goals);
        }
    }

    public ImportOutcome importGoals(ImportSource source, ImportOptions options) {
        try (CycleSource goals = CycleSources.open(source, limits)) {
            SourceInspection.Result inspected = SourceInspection.inspectGoals(goals);
            long[] loadId = new long[1];
            JobExecution execution = jobs.start(importJob, new Subject("import", GoalsLayout.SUBJECT, "the goals"), () -> {
                loadId[0] = LoadRecords.record(jdbc, "GOALS", GoalsLayout.SUBJECT, null, goals);
                LoadRecords.clearAbandoned(jdbc, GoalsLayout.WORKBOOK, GoalsLayout.SUBJECT, loadId[0]);
                return new ImportJobParameters(loadId[0], source, inspected.locations(), 0, options);
            });
            return LoadRecords.outcome(jdbc, outputs, GoalsLayout.WORKBOOK, loadId[0], execution.getId(), goals.displayName(),
                    CycleImporter.withReadingWarnings(inspected.warnings(), execution));
        }
    }

    /** What an execution of the goals import job did, after sescert restart. */
    public ImportOutcome outcomeOf(JobExecution execution) {
        return LoadRecords.outcome(jdbc, outputs, GoalsLayout.WORKBOOK, ImportJobParameters.from(execution.getJobParameters()).loadId(), execution.getId());
    }
}
