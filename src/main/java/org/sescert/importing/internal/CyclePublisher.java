package org.sescert.importing.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sescert.importing.CycleLayout;
import org.sescert.importing.SheetLayout;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Makes an accepted load the cycle's current load, in the step's one transaction: the small
 * sheets' staged rows become the load's own rows (the large sheets were copied into their load
 * tables already, see {@link LoadTables}), and the cycle switches to it. Earlier loads keep their rows, so that
 * the analyst can go back to one (sescert loads use). Fails loudly if a row went missing.
 */
public final class CyclePublisher implements Tasklet {

    private static final Map<SheetLayout, String> PUBLISH = new LinkedHashMap<>();

    static {
        PUBLISH.put(CycleLayout.ORG_ASSESSMENTS, """
                insert into load_org_assessment (load_id, cycle_id, component, score, level, source)
                select :load, :cycle, component, score, level, source from stage_orgassessments where load_id = :load""");
        PUBLISH.put(CycleLayout.PRB_MEMBERS, """
                insert into load_prb_member (load_id, cycle_id, prb_id, member_id, appointment_type, fr_published, service_start)
                select :load, :cycle, prb_id, member_id, appointment_type, fr_published, service_start
                from stage_prbmembers where load_id = :load""");
    }

    private final NamedParameterJdbcTemplate jdbc;

    public CyclePublisher(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        long loadId = ImportJobParameters.from(step).loadId();
        String cycleId = jdbc.queryForObject("select cycle_id from load where load_id = :load", Map.of("load", loadId), String.class);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("load", loadId).addValue("cycle", cycleId);

        StagingCleaner.publish(jdbc, PUBLISH, params);
        // The load's block ranges are summarized now, so that readers of other loads skip them. Only the indexes'
        // owner may (even MAINTAIN is not enough); a least-privilege loader leaves it to autovacuum (the indexes
        // autosummarize, V15), and queries read the new ranges too until then.
        jdbc.getJdbcOperations().query("""
                select brin_summarize_new_values(i.oid::regclass)
                from pg_class i join pg_index x on x.indexrelid = i.oid join pg_class t on t.oid = x.indrelid
                where i.relname in ('load_executive_load', 'load_element_rating_load', 'load_pay_load', 'load_rating_history_load')
                  and i.relnamespace = t.relnamespace and t.relnamespace = to_regnamespace(current_schema())
                  and pg_has_role(i.relowner, 'USAGE')""",
                rs -> { });
        // The switch: the cycle's current load becomes this one. Readers see the old load or the new, never a mixture.
        jdbc.update("""
                insert into cycle (cycle_id, agency_code, agency_name, period_start, period_end, policy, administration_start, load_id)
                select cycle_id, agency_code, agency_name, period_start, period_end, policy, administration_start, load_id
                from load where load_id = :load
                on conflict (cycle_id) do update set agency_code = excluded.agency_code, agency_name = excluded.agency_name,
                    period_start = excluded.period_start, period_end = excluded.period_end, policy = excluded.policy,
                    administration_start = excluded.administration_start, load_id = excluded.load_id""", params);
        // The views join each load table to the cycle on load_id: without the cycle table's statistics the
        // planner takes a cycle's rows for a handful and pairs every executive with every other.
        jdbc.getJdbcOperations().execute("analyze cycle");
        // The cycle's findings were found in the load this one replaces: they stay with it, no longer current.
        jdbc.update("delete from cycle_check where cycle_id = :cycle", params);
        StagingCleaner.clear(jdbc, CycleLayout.WORKBOOK, loadId);
        jdbc.update("update load set status = 'LOADED', finished_at = now(), job_execution_id = :job where load_id = :load",
                params.addValue("job", step.getJobExecutionId()));
        return RepeatStatus.FINISHED;
    }
}
