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
import org.sescert.importing.internal.ImportOutputSteps;
import org.sescert.importing.internal.RejectsExport;
import org.sescert.importing.internal.SourceInspection;
import org.sescert.importing.internal.StagingCleaner;
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
        this.limits = new ImportLimits(settings.maxFileBytes(), settings.maxSharedStringsBytes());
        this.outputs = outputs;
    }

    /**
     * The file-level checks alone, with the default limits, before anything starts: an input that
     * cannot be imported is answered at once, without the database.
     *
     * @throws ImportRefusedException for a file-level problem (exit code 2)
     */
    public static void inspect(ImportSource source, String requestedCycleId) {
        ImportSettings settings = ImportSettings.defaults();
        try (CycleSource cycleSource = CycleSources.open(source, new ImportLimits(settings.maxFileBytes(), settings.maxSharedStringsBytes()))) {
            SourceInspection.inspect(cycleSource, requestedCycleId);
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
                loadId[0] = recordLoad(cycleSource, inspected.header());
                clearAbandonedLoads(cycleId, loadId[0]);
                return new ImportJobParameters(loadId[0], source, inspected.locations(), inspected.cycleRows(), options);
            });
            return outcome(loadId[0], execution.getId(), cycleSource.displayName(), inspected.warnings());
        }
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

    private ImportOutcome outcome(long loadId, long jobExecutionId, String displayName, List<String> warnings) {
        Map<String, Object> load = jdbc.queryForMap("select cycle_id, status, refusal, replaces_load_id from load where load_id = :load",
                Map.of("load", loadId));
        String cycleId = (String) load.get("cycle_id");
        List<ImportOutcome.SheetCount> counts = new ArrayList<>(jdbc.query("""
                select sheet, rows_read, rows_loaded, rows_rejected from load_sheet_count where load_id = :load""",
                Map.of("load", loadId), (rs, i) -> new ImportOutcome.SheetCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))));
        List<String> order = new ArrayList<>(List.of(CycleLayout.CYCLE_SHEET));
        CycleLayout.ROW_SHEETS.forEach(s -> order.add(s.name()));
        counts.sort(java.util.Comparator.comparingInt(c -> order.indexOf(c.sheet())));
        long rejected = counts.stream().mapToLong(ImportOutcome.SheetCount::rejected).sum();
        boolean refused = "REFUSED".equals(load.get("status"));
        OutputFolder folder = refused ? ImportOutputSteps.refusedFolder(outputs, cycleId, loadId) : outputs.of(cycleId);
        Path csv = folder.file(RejectsExport.CSV);
        Path xlsx = folder.file(RejectsExport.XLSX);
        Number replaced = (Number) load.get("replaces_load_id");
        String refusal = refused ? (String) load.get("refusal") : null;
        return new ImportOutcome(cycleId, loadId, jobExecutionId, displayName, counts, rejected, folder.dir(),
                Files.exists(csv) ? csv : null, Files.exists(xlsx) ? xlsx : null, warnings, refusal,
                refused || replaced == null ? null : summary(replaced.longValue()));
    }

    /** A load in one line, for "replaces load 3 of FY2026 (...)". */
    public ImportOutcome.LoadSummary summary(long loadId) {
        return jdbc.queryForObject("""
                select l.load_id, l.cycle_id, coalesce(c.rows_loaded, 0), l.started_at::date, l.source_name
                from load l left join load_sheet_count c on c.load_id = l.load_id and c.sheet = 'Executives'
                where l.load_id = :load""", Map.of("load", loadId),
                (rs, i) -> new ImportOutcome.LoadSummary(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, java.time.LocalDate.class), rs.getString(5)));
    }
}
