package org.sescert.importing.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sescert.importing.CycleLayout;
import org.sescert.importing.SheetLayout;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Replaces the cycle's data with the staged rows of this load, in the step's one transaction:
 * readers of the cycle see either the old load or the new one, never a mixture. Then it
 * records, per sheet, rows read = rows loaded + rows rejected, and fails loudly if a row went
 * missing on the way.
 */
public final class CyclePublisher implements Tasklet {

    private static final Map<SheetLayout, String> PUBLISH = new LinkedHashMap<>();

    static {
        PUBLISH.put(CycleLayout.EXECUTIVES, """
                insert into executive (cycle_id, executive_id, name, appointment_type, component, rating_official_id, pay_pool,
                    appraisal_start, appraisal_end, plan_communicated, progress_review, initial_level, initial_shared,
                    hlr_requested, hlr_level, prb_id, prb_review, prb_level, final_level, final_rating_date)
                select :cycle, executive_id, name, appointment_type, component, rating_official_id, pay_pool,
                    appraisal_start, appraisal_end, plan_communicated, progress_review, initial_level, initial_shared,
                    hlr_requested, hlr_level, prb_id, prb_review, prb_level, final_level, final_rating_date
                from stage_executives where load_id = :load""");
        PUBLISH.put(CycleLayout.ELEMENTS, """
                insert into element_rating (cycle_id, executive_id, element, weight, level)
                select :cycle, executive_id, element, weight, level from stage_elements where load_id = :load""");
        PUBLISH.put(CycleLayout.PAY, """
                insert into pay (cycle_id, executive_id, basic_pay_before, basic_pay_after, performance_award, other_award, rank_award)
                select :cycle, executive_id, basic_pay_before, basic_pay_after, coalesce(performance_award, 0), other_award, rank_award
                from stage_pay where load_id = :load""");
        PUBLISH.put(CycleLayout.ORG_ASSESSMENTS, """
                insert into org_assessment (cycle_id, component, score, level, source)
                select :cycle, component, score, level, source from stage_orgassessments where load_id = :load""");
        PUBLISH.put(CycleLayout.PRB_MEMBERS, """
                insert into prb_member (cycle_id, prb_id, member_id, appointment_type, fr_published, service_start)
                select :cycle, prb_id, member_id, appointment_type, fr_published, service_start
                from stage_prbmembers where load_id = :load""");
        PUBLISH.put(CycleLayout.HISTORY, """
                insert into rating_history (cycle_id, executive_id, history_cycle_id, final_level, final_rating_date)
                select :cycle, executive_id, cycle_id, final_level, final_rating_date from stage_history where load_id = :load""");
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final JobRepository jobRepository;

    public CyclePublisher(NamedParameterJdbcTemplate jdbc, JobRepository jobRepository) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
    }

    /** The name of the step that reads a sheet; its read count is the sheet's rows read. */
    public static String stepName(SheetLayout sheet) {
        return "import-" + sheet.name();
    }

    static SheetLayout sheetOfStep(String stepName) {
        return CycleLayout.ROW_SHEETS.stream().filter(s -> stepName(s).equals(stepName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sheet is read by step " + stepName));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        ImportJobParameters parameters = ImportJobParameters.from(step);
        long loadId = parameters.loadId();
        String cycleId = jdbc.queryForObject("select cycle_id from load where load_id = :load", Map.of("load", loadId), String.class);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("load", loadId).addValue("cycle", cycleId);

        jdbc.update("delete from cycle where cycle_id = :cycle", params);
        jdbc.update("""
                insert into cycle (cycle_id, agency_code, agency_name, period_start, period_end, policy, administration_start, load_id)
                select cycle_id, agency_code, agency_name, period_start, period_end, policy, administration_start, load_id
                from load where load_id = :load""", params);

        Map<String, Long> rejected = new HashMap<>();
        jdbc.query("select sheet, count(distinct row_number) as n from reject where load_id = :load group by sheet", params,
                rs -> {
                    rejected.put(rs.getString("sheet"), rs.getLong("n"));
                });

        long cycleRows = parameters.cycleRows();
        recordCount(loadId, CycleLayout.CYCLE_SHEET, cycleRows, cycleRows, 0);
        PUBLISH.forEach((sheet, sql) -> {
            long loaded = jdbc.update(sql, params);
            long rowsRead = rowsRead(step, sheet);
            long rowsRejected = rejected.getOrDefault(sheet.name(), 0L);
            if (rowsRead != loaded + rowsRejected) {
                throw new IllegalStateException("sheet " + sheet.name() + ": " + rowsRead + " rows read but " + loaded
                        + " loaded and " + rowsRejected + " rejected; the load is stopped rather than lose a row");
            }
            recordCount(loadId, sheet.name(), rowsRead, loaded, rowsRejected);
        });

        StagingCleaner.clear(jdbc, loadId);
        jdbc.update("update load set status = 'LOADED', finished_at = now(), job_execution_id = :job where load_id = :load",
                params.addValue("job", step.getJobExecutionId()));
        return RepeatStatus.FINISHED;
    }

    /**
     * The reader's own running count, as it saved it at its last commit. Taken from the sheet
     * step's latest execution in this job instance, so that it holds across restarts: a step
     * completed before the restart is not run again, and a resumed step counts on from where
     * it stopped.
     */
    private long rowsRead(StepExecution publish, SheetLayout sheet) {
        StepExecution last = jobRepository.getLastStepExecution(publish.getJobExecution().getJobInstance(), stepName(sheet));
        if (last == null) {
            return 0;
        }
        return last.getExecutionContext().getLong(SheetReader.rowsReadKey(sheet), 0L);
    }

    private void recordCount(long loadId, String sheet, long read, long loaded, long rejected) {
        jdbc.update("""
                insert into load_sheet_count (load_id, sheet, rows_read, rows_loaded, rows_rejected)
                values (:load, :sheet, :read, :loaded, :rejected)""",
                new MapSqlParameterSource().addValue("load", loadId).addValue("sheet", sheet)
                        .addValue("read", read).addValue("loaded", loaded).addValue("rejected", rejected));
    }
}
