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
import org.sescert.importing.internal.SourceInspection;
import org.sescert.importing.internal.StagingCleaner;
import org.sescert.system.CycleLock;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
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
    private final JobOperator jobOperator;
    private final Job importJob;
    private final ImportLimits limits;
    private final Path outDir;

    public CycleImporter(NamedParameterJdbcTemplate jdbc, JobOperator jobOperator, @Qualifier("cycleImportJob") Job importJob,
                         ImportSettings settings, @Value("${sescert.out-dir}") Path outDir) {
        this.jdbc = jdbc;
        this.jobOperator = jobOperator;
        this.importJob = importJob;
        this.limits = new ImportLimits(settings.maxFileBytes(), settings.maxSharedStringsBytes());
        this.outDir = outDir;
    }

    /**
     * @param requestedCycleId the cycle the user expects ({@code --cycle}), or null
     * @throws ImportRefusedException for a file-level problem (exit code 2)
     * @throws ImportFailedException  when the job fails for any other reason (exit code 3)
     */
    public ImportOutcome importCycle(ImportSource source, String requestedCycleId) {
        if (source instanceof ImportSource.DatabaseSource db && db.jdbcUrl().toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            throw new ImportRefusedException("the JDBC URL carries a password; give it in SESCERT_SOURCE_DB_PASSWORD instead.");
        }
        SourceInspection.Result inspected;
        try (CycleSource cycleSource = CycleSources.open(source, limits)) {
            inspected = SourceInspection.inspect(cycleSource, requestedCycleId);
            // One import of a cycle at a time, across processes; a second is refused before it records a load.
            try (CycleLock lock = CycleLock.acquire(jdbc.getJdbcTemplate().getDataSource(), "import", inspected.header().cycleId())) {
                long loadId = recordLoad(cycleSource, inspected.header());
                String displayName = cycleSource.displayName();
                clearAbandonedLoads(inspected.header().cycleId(), loadId);
                return runJob(source, inspected, loadId, displayName);
            }
        }
    }

    private ImportOutcome runJob(ImportSource source, SourceInspection.Result inspected, long loadId, String displayName) {
        JobExecution execution;
        try {
            execution = jobOperator.start(importJob, ImportJobParameters.of(loadId, source, inspected.locations(), inspected.cycleRows()));
        } catch (Exception e) {
            markFailed(loadId);
            throw new ImportFailedException("the import job could not start: " + e.getMessage(), -1, e);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            markFailed(loadId);
            ImportRefusedException refusal = findRefusal(execution.getAllFailureExceptions());
            if (refusal != null) {
                // The input must be fixed; nothing of this load is worth keeping for a restart.
                StagingCleaner.clear(jdbc, loadId);
                throw refusal;
            }
            Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            throw new ImportFailedException("import job execution " + execution.getId() + " ended " + execution.getStatus()
                    + (cause == null ? "" : ": " + firstLine(cause)), execution.getId(), cause);
        }
        return outcome(loadId, execution.getId(), displayName, inspected.warnings());
    }

    private long recordLoad(CycleSource source, CycleHeader cycle) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into load (cycle_id, agency_code, agency_name, period_start, period_end, policy, administration_start,
                                  source_kind, source_name, loaded_by)
                values (:cycle, :agency, :agencyName, :start, :end, :policy, :admin, :kind, :name, :by)""",
                new MapSqlParameterSource()
                        .addValue("cycle", cycle.cycleId()).addValue("agency", cycle.agencyCode())
                        .addValue("agencyName", cycle.agencyName()).addValue("start", cycle.periodStart())
                        .addValue("end", cycle.periodEnd()).addValue("policy", cycle.policy())
                        .addValue("admin", cycle.administrationStart()).addValue("kind", source.kind())
                        .addValue("name", source.displayName()).addValue("by", System.getProperty("user.name", "unknown")),
                key, new String[] {"load_id"});
        long loadId = key.getKey().longValue();
        for (CycleSource.InputFile input : source.inputs()) {
            jdbc.update("insert into load_input (load_id, name, sha256, bytes) values (:load, :name, :sha, :bytes)",
                    new MapSqlParameterSource().addValue("load", loadId).addValue("name", input.name())
                            .addValue("sha", input.sha256()).addValue("bytes", input.bytes()));
        }
        return loadId;
    }

    /**
     * A failed load keeps its staged rows so that its job can be restarted; once the cycle is
     * imported afresh, that restart is moot and the rows only take space.
     */
    private void clearAbandonedLoads(String cycleId, long currentLoad) {
        jdbc.queryForList("select load_id from load where cycle_id = :cycle and status = 'FAILED' and load_id < :load",
                        Map.of("cycle", cycleId, "load", currentLoad), Long.class)
                .forEach(old -> StagingCleaner.clear(jdbc, old));
    }

    private void markFailed(long loadId) {
        // A load that got as far as publishing stays LOADED: the cycle already points to it.
        jdbc.update("update load set status = 'FAILED', finished_at = now() where load_id = :load and status = 'STARTED'", Map.of("load", loadId));
    }

    /** A database error's later lines quote the row it failed on: Privacy Act data, kept out of messages. */
    private static String firstLine(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    private static ImportRefusedException findRefusal(List<Throwable> failures) {
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof ImportRefusedException refusal) {
                    return refusal;
                }
            }
        }
        return null;
    }

    private ImportOutcome outcome(long loadId, long jobExecutionId, String displayName, List<String> warnings) {
        String cycleId = jdbc.queryForObject("select cycle_id from load where load_id = :load", Map.of("load", loadId), String.class);
        List<ImportOutcome.SheetCount> counts = new ArrayList<>(jdbc.query("""
                select sheet, rows_read, rows_loaded, rows_rejected from load_sheet_count where load_id = :load""",
                Map.of("load", loadId), (rs, i) -> new ImportOutcome.SheetCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))));
        List<String> order = new ArrayList<>(List.of(CycleLayout.CYCLE_SHEET));
        CycleLayout.ROW_SHEETS.forEach(s -> order.add(s.name()));
        counts.sort(java.util.Comparator.comparingInt(c -> order.indexOf(c.sheet())));
        long rejected = counts.stream().mapToLong(ImportOutcome.SheetCount::rejected).sum();
        Path dir = outDir.resolve(cycleId);
        Path csv = dir.resolve("rejects.csv");
        Path xlsx = dir.resolve("rejects.xlsx");
        return new ImportOutcome(cycleId, loadId, jobExecutionId, displayName, counts, rejected, dir,
                Files.exists(csv) ? csv : null, Files.exists(xlsx) ? xlsx : null, warnings);
    }
}
