package org.sescert.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sescert.importing.internal.CycleSource;
import org.sescert.importing.internal.CycleSources;
import org.sescert.importing.internal.ImportJobParameters;
import org.sescert.importing.internal.ImportLimits;
import org.sescert.importing.internal.LoadRecords;
import org.sescert.importing.internal.SourceInspection;
import org.sescert.jobs.JobRunner;
import org.sescert.jobs.Subject;
import org.sescert.output.OutputFolder;
import org.sescert.output.OutputFolders;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Imports one cycle: checks the input at file level, records the load, and runs the import
 * job. A file-level problem, found before or during the job, refuses the whole import and
 * leaves the cycle as it was.
 */
@Service
public class CycleImporter {

    private final NamedParameterJdbcTemplate jdbc;
    private final JobRunner jobs;
    private final Job importJob;
    private final ImportLimits limits;
    private final OutputFolders outputs;

    public CycleImporter(NamedParameterJdbcTemplate jdbc, JobRunner jobs, @Qualifier(CycleImportJobConfiguration.JOB_NAME) Job importJob,
                         ImportSettings settings, OutputFolders outputs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.importJob = importJob;
        this.limits = settings.limits();
        this.outputs = outputs;
    }

    /**
     * The file-level checks alone, with the default limits, before anything starts: an input that
     * cannot be imported is answered at once, without the database.
     *
     * @return the cycle the input holds
     * @throws ImportRefusedException for a file-level problem (exit code 2)
     */
    public static String inspect(ImportSource source, String requestedCycleId) {
        ImportSettings settings = ImportSettings.fromEnvironment();
        try (CycleSource cycleSource = CycleSources.open(source, settings.limits())) {
            return SourceInspection.inspect(cycleSource, requestedCycleId).header().cycleId();
        }
    }

    /**
     * @param requestedCycleId the cycle the user expects ({@code --cycle}), or null
     * @throws ImportRefusedException for a file-level problem (exit code 2)
     * @throws org.sescert.jobs.JobFailedException when the job fails for any other reason (exit code 3)
     */
    public ImportOutcome importCycle(ImportSource source, String requestedCycleId) {
        return importCycle(source, requestedCycleId, ImportOptions.defaults());
    }

    /**
     * @param options how much worse than its current load the cycle may get before the load is refused
     */
    public ImportOutcome importCycle(ImportSource source, String requestedCycleId, ImportOptions options) {
        if (source instanceof ImportSource.DatabaseSource db && db.jdbcUrl().toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            throw new ImportRefusedException("the JDBC URL carries a password; give it in SESCERT_SOURCE_DB_PASSWORD instead.");
        }
        try (CycleSource cycleSource = CycleSources.open(source, limits)) {
            SourceInspection.Result inspected = SourceInspection.inspect(cycleSource, requestedCycleId);
            String cycleId = inspected.header().cycleId();
            long[] loadId = new long[1];
            JobExecution execution = jobs.start(importJob, Subject.cycle("import", cycleId), () -> {
                loadId[0] = LoadRecords.record(jdbc, "CYCLE", cycleId, inspected.header(), cycleSource);
                LoadRecords.clearAbandoned(jdbc, CycleLayout.WORKBOOK, cycleId, loadId[0]);
                return new ImportJobParameters(loadId[0], source, inspected.locations(), inspected.cycleRows(), options);
            });
            return LoadRecords.outcome(jdbc, outputs, CycleLayout.WORKBOOK, loadId[0], execution.getId(), cycleSource.displayName(),
                    withReadingWarnings(inspected.warnings(), execution));
        }
    }

    /** What an execution of the import job did: after sescert restart, or a cycle-close resuming its import. */
    public ImportOutcome outcomeOf(JobExecution execution) {
        return LoadRecords.outcome(jdbc, outputs, CycleLayout.WORKBOOK, ImportJobParameters.from(execution.getJobParameters()).loadId(), execution.getId());
    }

    /** The file-level warnings, then what reading the sheets found (formulas read by their saved results, merged ranges). */
    static List<String> withReadingWarnings(List<String> inspected, JobExecution execution) {
        List<String> all = new ArrayList<>(inspected);
        all.addAll(org.sescert.importing.internal.SheetReader.warnings(execution));
        return all;
    }

    /** A load in one line, for "replaces load 3 of FY2026 (...)". */
    public ImportOutcome.LoadSummary summary(long loadId) {
        return LoadRecords.summary(jdbc, loadId);
    }
}
