package org.sescert.importing.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sescert.importing.ImportOptions;
import org.sescert.importing.ImportSource;
import org.sescert.jobs.JobRequest;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/**
 * The import job's parameters: the load it fills (identifying), where it reads from, where each
 * sheet lives (as rejects name it), and how many Cycle sheet keys were read.
 */
public record ImportJobParameters(long loadId, ImportSource source, Map<String, String> locations, long cycleRows, ImportOptions options)
        implements JobRequest {

    private static final String LOAD_ID = "load.id";
    private static final String SOURCE_KIND = "source.kind";
    private static final String SOURCE = "source";
    private static final String SCHEMA = "source.schema";
    private static final String LOCATION = "location.";
    private static final String CYCLE_ROWS = "cycle.rows";
    private static final String MAX_REJECTED = "max.rejected.percent";
    private static final String MAX_DROP = "max.drop.percent";
    private static final String REPLACE = "replace";

    public ImportJobParameters {
        locations = Map.copyOf(locations);
    }

    @Override
    public JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder().addLong(LOAD_ID, loadId).addLong(CYCLE_ROWS, cycleRows, false)
                .addDouble(MAX_REJECTED, options.maxRejectedPercent(), false).addDouble(MAX_DROP, options.maxDropPercent(), false)
                .addString(REPLACE, Boolean.toString(options.replace()), false);
        locations.forEach((sheet, location) -> builder.addString(LOCATION + sheet, location, false));
        if (source instanceof ImportSource.FileSource file) {
            builder.addString(SOURCE_KIND, "FILE", false).addString(SOURCE, file.path().toAbsolutePath().toString(), false);
        } else if (source instanceof ImportSource.DatabaseSource db) {
            builder.addString(SOURCE_KIND, "DATABASE", false).addString(SOURCE, db.jdbcUrl(), false);
            if (db.schema() != null) {
                builder.addString(SCHEMA, db.schema(), false);
            }
        }
        return builder.toJobParameters();
    }

    public static ImportJobParameters from(JobParameters parameters) {
        String source = parameters.getString(SOURCE);
        ImportSource input = "DATABASE".equals(parameters.getString(SOURCE_KIND))
                ? ImportSource.database(source, parameters.getString(SCHEMA))
                : ImportSource.file(Path.of(source));
        Map<String, String> locations = new LinkedHashMap<>();
        for (JobParameter<?> parameter : parameters) {
            if (parameter.name().startsWith(LOCATION)) {
                locations.put(parameter.name().substring(LOCATION.length()), (String) parameter.value());
            }
        }
        ImportOptions options = new ImportOptions(parameters.getDouble(MAX_REJECTED, ImportOptions.DEFAULT_MAX_REJECTED_PERCENT),
                parameters.getDouble(MAX_DROP, ImportOptions.DEFAULT_MAX_DROP_PERCENT), Boolean.parseBoolean(parameters.getString(REPLACE)));
        return new ImportJobParameters(parameters.getLong(LOAD_ID), input, locations, parameters.getLong(CYCLE_ROWS, 0L), options);
    }

    public static ImportJobParameters from(StepExecution step) {
        return from(step.getJobExecution().getJobParameters());
    }

    /** The file or table a sheet is read from, as rejects name it. */
    public String location(String sheet) {
        return locations.getOrDefault(sheet, sheet);
    }
}
