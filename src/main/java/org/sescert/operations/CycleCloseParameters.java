package org.sescert.operations;

import java.nio.file.Path;

import org.sescert.importing.ImportOptions;
import org.sescert.importing.ImportSource;
import org.sescert.jobs.JobRequest;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/**
 * The cycle-close job's parameters: the workbook, CSV files or source database to close, its cycle, how much worse
 * a load may make the cycle, the policy (null for the cycle's own), and when the close was asked
 * for (identifying: every close is a new run).
 */
public record CycleCloseParameters(ImportSource source, String cycleId, ImportOptions options, String policy, long requestedAt) implements JobRequest {

    private static final String INPUT = "close.input";
    private static final String SOURCE_DB = "close.source.database";
    private static final String SOURCE_SCHEMA = "close.source.schema";
    private static final String CYCLE = "close.cycle";
    private static final String MAX_REJECTED = "close.max.rejected.percent";
    private static final String MAX_DROP = "close.max.drop.percent";
    private static final String REPLACE = "close.replace";
    private static final String POLICY = "close.policy";
    private static final String REQUESTED = "close.requested.at";

    @Override
    public JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder();
        if (source instanceof ImportSource.DatabaseSource db) {
            builder.addString(SOURCE_DB, db.jdbcUrl(), false);
            if (db.schema() != null) {
                builder.addString(SOURCE_SCHEMA, db.schema(), false);
            }
        } else {
            builder.addString(INPUT, input().toAbsolutePath().toString(), false);
        }
        builder.addString(CYCLE, cycleId, false)
                .addDouble(MAX_REJECTED, options.maxRejectedPercent(), false).addDouble(MAX_DROP, options.maxDropPercent(), false)
                .addString(REPLACE, Boolean.toString(options.replace()), false).addLong(REQUESTED, requestedAt);
        if (policy != null) {
            builder.addString(POLICY, policy, false);
        }
        return builder.toJobParameters();
    }

    public static CycleCloseParameters from(JobParameters p) {
        ImportSource source = p.getString(SOURCE_DB) != null ? ImportSource.database(p.getString(SOURCE_DB), p.getString(SOURCE_SCHEMA))
                : ImportSource.file(Path.of(p.getString(INPUT)));
        return new CycleCloseParameters(source, p.getString(CYCLE),
                new ImportOptions(p.getDouble(MAX_REJECTED), p.getDouble(MAX_DROP), Boolean.parseBoolean(p.getString(REPLACE))),
                p.getString(POLICY), p.getLong(REQUESTED));
    }

    /** The file or folder closed; null when the cycle came from a source database. */
    public Path input() {
        return source instanceof ImportSource.FileSource file ? file.path() : null;
    }

    public static CycleCloseParameters from(StepExecution step) {
        return from(step.getJobExecution().getJobParameters());
    }
}
