package org.sescert.importing.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sescert.importing.GoalsLayout;
import org.sescert.importing.SheetLayout;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Makes an accepted goals load the agency's current goals, in the step's one transaction: its
 * staged rows become the load's own rows and the goal set switches to it. Earlier loads keep
 * their rows. Fails loudly if a row went missing.
 */
public final class GoalsPublisher implements Tasklet {

    private static final Map<SheetLayout, String> PUBLISH = new LinkedHashMap<>();

    static {
        PUBLISH.put(GoalsLayout.GOALS, """
                insert into load_goal (load_id, goal_id, title, statement, goal_leader, start_quarter, end_quarter, strategic_link)
                select :load, goal_id, title, statement, goal_leader, start_quarter, end_quarter, strategic_link
                from stage_goals where load_id = :load""");
        PUBLISH.put(GoalsLayout.INDICATORS, """
                insert into load_indicator (load_id, indicator_id, goal_id, name, unit, direction, baseline, baseline_quarter, target, target_quarter)
                select :load, indicator_id, goal_id, name, unit, direction, baseline, baseline_quarter, target, target_quarter
                from stage_indicators where load_id = :load""");
        PUBLISH.put(GoalsLayout.ACTUALS, """
                insert into load_indicator_actual (load_id, indicator_id, quarter, actual, planned)
                select :load, indicator_id, quarter, actual, planned from stage_actuals where load_id = :load""");
        PUBLISH.put(GoalsLayout.MILESTONES, """
                insert into load_milestone (load_id, row_number, goal_id, milestone, due_quarter, completed_quarter)
                select :load, row_number, goal_id, milestone, due_quarter, completed_quarter from stage_milestones where load_id = :load""");
        PUBLISH.put(GoalsLayout.CONTRIBUTORS, """
                insert into load_contributor (load_id, row_number, goal_id, contributor, kind, on_track, note)
                select :load, row_number, goal_id, contributor, kind, on_track, note from stage_contributors where load_id = :load""");
        PUBLISH.put(GoalsLayout.STRATEGIES, """
                insert into load_strategy (load_id, row_number, goal_id, quarter, strategy)
                select :load, row_number, goal_id, quarter, strategy from stage_strategies where load_id = :load""");
    }

    private final NamedParameterJdbcTemplate jdbc;

    public GoalsPublisher(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        long loadId = ImportJobParameters.from(step).loadId();
        MapSqlParameterSource params = new MapSqlParameterSource("load", loadId);
        StagingCleaner.publish(jdbc, PUBLISH, params);
        jdbc.update("""
                insert into goal_set (set_id, load_id) values ('GOALS', :load)
                on conflict (set_id) do update set load_id = excluded.load_id""", params);
        StagingCleaner.clear(jdbc, GoalsLayout.WORKBOOK, loadId);
        jdbc.update("update load set status = 'LOADED', finished_at = now(), job_execution_id = :job where load_id = :load",
                params.addValue("job", step.getJobExecutionId()));
        return RepeatStatus.FINISHED;
    }
}
