package org.sescert.importing.internal;

import java.nio.file.Path;

import org.sescert.importing.ImportSource;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The import job's parameters: the load it fills (identifying) and where it reads from. */
public final class ImportJobParameters {

    public static final String LOAD_ID = "load.id";
    static final String SOURCE_KIND = "source.kind";
    static final String SOURCE = "source";
    static final String SCHEMA = "source.schema";
    static final String LOCATION = "location.";
    static final String CYCLE_ROWS = "cycle.rows";

    private ImportJobParameters() {
    }

    /**
     * @param locations for each sheet present, the file or table it is read from, as rejects name it
     */
    public static JobParameters of(long loadId, ImportSource source, java.util.Map<String, String> locations, long cycleRows) {
        JobParametersBuilder builder = new JobParametersBuilder().addLong(LOAD_ID, loadId).addLong(CYCLE_ROWS, cycleRows, false);
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

    static ImportSource source(JobParameters parameters) {
        String source = parameters.getString(SOURCE);
        return "DATABASE".equals(parameters.getString(SOURCE_KIND))
                ? ImportSource.database(source, parameters.getString(SCHEMA))
                : ImportSource.file(Path.of(source));
    }

    static String location(JobParameters parameters, String sheet) {
        String location = parameters.getString(LOCATION + sheet);
        return location == null ? sheet : location;
    }

    static long loadId(JobParameters parameters) {
        return parameters.getLong(LOAD_ID);
    }
}
