package org.sescert.importing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sescert.importing.CycleLayout;
import org.sescert.importing.LoadAcceptance;
import org.sescert.importing.SheetLayout;
import org.sescert.importing.WorkbookLayout;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Counts what the load would bring, per sheet rows read = staged + rejected (and stops rather
 * than lose a row), records the counts, and decides whether the load may become the cycle's
 * current load ({@link LoadAcceptance}). The decision goes to the job's context, where the flow
 * reads it: an accepted load is published, a refused one only gets its rejects written.
 */
public final class LoadGate implements Tasklet {

    /** The job-context key of the decision: the reasons to refuse, joined; absent or empty to accept. */
    public static final String REFUSAL = "load.refusal";

    private final NamedParameterJdbcTemplate jdbc;
    private final JobRepository jobRepository;
    private final WorkbookLayout layout;
    private final String currentLoad;
    private final String finalRatings;

    /**
     * @param currentLoad  SQL giving the current load of the load's subject (:subject), if any
     * @param finalRatings SQL counting the load's (:load) staged rows with a final rating, or null where ratings do not apply
     */
    public LoadGate(NamedParameterJdbcTemplate jdbc, JobRepository jobRepository, WorkbookLayout layout, String currentLoad, String finalRatings) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
        this.layout = layout;
        this.currentLoad = currentLoad;
        this.finalRatings = finalRatings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        ImportJobParameters parameters = ImportJobParameters.from(step);
        long loadId = parameters.loadId();
        MapSqlParameterSource params = new MapSqlParameterSource("load", loadId);
        String subject = jdbc.queryForObject("select cycle_id from load where load_id = :load", params, String.class);
        params.addValue("subject", subject);

        Map<String, Long> rejected = new HashMap<>();
        jdbc.query("select sheet, count(distinct row_number) as n from reject where load_id = :load group by sheet", params,
                rs -> {
                    rejected.put(rs.getString("sheet"), rs.getLong("n"));
                });
        List<LoadAcceptance.SheetCount> counts = new ArrayList<>();
        jdbc.update("delete from load_sheet_count where load_id = :load", params);
        if (parameters.cycleRows() > 0) {
            recordCount(loadId, new LoadAcceptance.SheetCount(CycleLayout.CYCLE_SHEET, parameters.cycleRows(), parameters.cycleRows(), 0));
        }
        for (SheetLayout sheet : layout.rowSheets()) {
            long staged = jdbc.queryForObject("select count(*) from " + LoadTables.of(sheet).table() + " where load_id = :load", params, Long.class);
            LoadAcceptance.SheetCount count = new LoadAcceptance.SheetCount(sheet.name(), rowsRead(step, sheet), staged, rejected.getOrDefault(sheet.name(), 0L));
            if (count.read() != count.loaded() + count.rejected()) {
                throw new IllegalStateException("sheet " + sheet.name() + ": " + count.read() + " rows read but " + count.loaded()
                        + " staged and " + count.rejected() + " rejected; the load is stopped rather than lose a row");
            }
            counts.add(count);
            recordCount(loadId, count);
        }

        Long currentLoad = jdbc.query(this.currentLoad, params, rs -> rs.next() ? rs.getLong(1) : null);
        Map<String, Long> current = new HashMap<>();
        if (currentLoad != null) {
            jdbc.query("select sheet, rows_loaded from load_sheet_count where load_id = :current", new MapSqlParameterSource("current", currentLoad),
                    rs -> {
                        current.put(rs.getString(1), rs.getLong(2));
                    });
        }
        Long rated = finalRatings == null ? null : jdbc.queryForObject(finalRatings, params, Long.class);
        List<String> reasons = LoadAcceptance.reasonsToRefuse(counts, layout.primarySheet().name(), rated, current,
                currentLoad == null ? 0 : currentLoad, parameters.options());
        jdbc.update("update load set replaces_load_id = :current where load_id = :load", params.addValue("current", currentLoad));
        step.getJobExecution().getExecutionContext().putString(REFUSAL, String.join("; ", reasons));
        return RepeatStatus.FINISHED;
    }

    /**
     * The reader's own running count, as it saved it at its last commit. Taken from the sheet
     * step's latest execution in this job instance, so that it holds across restarts.
     */
    private long rowsRead(StepExecution gate, SheetLayout sheet) {
        StepExecution last = jobRepository.getLastStepExecution(gate.getJobExecution().getJobInstance(), layout.stepName(sheet));
        return last == null ? 0 : last.getExecutionContext().getLong(SheetReader.rowsReadKey(sheet), 0L);
    }

    private void recordCount(long loadId, LoadAcceptance.SheetCount count) {
        jdbc.update("""
                insert into load_sheet_count (load_id, sheet, rows_read, rows_loaded, rows_rejected)
                values (:load, :sheet, :read, :loaded, :rejected)""",
                new MapSqlParameterSource().addValue("load", loadId).addValue("sheet", count.sheet())
                        .addValue("read", count.read()).addValue("loaded", count.loaded()).addValue("rejected", count.rejected()));
    }
}
