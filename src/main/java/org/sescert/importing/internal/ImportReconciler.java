package org.sescert.importing.internal;

import java.util.Locale;
import java.util.Map;

import org.sescert.importing.ReconcileRule;
import org.sescert.importing.SheetLayout;
import org.sescert.importing.WorkbookLayout;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The checks only a whole sheet can make ({@link WorkbookLayout#reconcile()}), run in SQL over
 * the loaded rows in their order: duplicate keys (every row after the first is rejected) and
 * rows whose parent (an executive, a goal, an indicator) is not on its sheet or was rejected
 * there. Each rejected row leaves its table and gets a reject naming the row it conflicts with.
 * The rows are where {@link LoadTables} put them: the load's own tables for the cycle's large
 * sheets, staging for the rest; the load is not current yet, so no reader sees them before this.
 */
public final class ImportReconciler implements Tasklet {

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkbookLayout layout;
    private final JobRepository jobRepository;

    public ImportReconciler(NamedParameterJdbcTemplate jdbc, WorkbookLayout layout, JobRepository jobRepository) {
        this.jdbc = jdbc;
        this.layout = layout;
        this.jobRepository = jobRepository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        ImportJobParameters parameters = ImportJobParameters.from(step);
        // The checks hash whole sheets (five million element rows at department scale): room to do it in memory.
        jdbc.getJdbcOperations().execute("set local work_mem = '256MB'");
        // The load's rows are new to the planner: without statistics it would plan for a handful of rows.
        for (SheetLayout sheet : layout.rowSheets()) {
            LoadTables target = LoadTables.of(sheet);
            if (target.direct()) {
                jdbc.getJdbcOperations().execute("analyze " + target.table());
            }
        }
        for (ReconcileRule rule : layout.reconcile()) {
            if (rule instanceof ReconcileRule.Unique unique) {
                if (!keysCameUnique(step, unique.sheet())) {
                    rejectDuplicates(parameters, unique);
                }
            } else if (rule instanceof ReconcileRule.BelongsTo belongs) {
                rejectOrphans(parameters, belongs);
            }
        }
        return RepeatStatus.FINISHED;
    }

    /** Whether the sheet's step saw every key, unique and in order ({@link KeyOrder}), in one execution. */
    private boolean keysCameUnique(StepExecution reconcile, SheetLayout sheet) {
        StepExecution last = jobRepository.getLastStepExecution(reconcile.getJobExecution().getJobInstance(), layout.stepName(sheet));
        return last != null && Boolean.TRUE.equals(last.getExecutionContext().get(KeyOrder.contextKey(sheet)));
    }

    private void rejectDuplicates(ImportJobParameters parameters, ReconcileRule.Unique key) {
        LoadTables target = LoadTables.of(key.sheet());
        // A normalized column is normalized once per distinct value (five million element rows name a handful of elements).
        String from = key.normalized() == null ? target.table() + " t"
                : target.table() + " t join (select v, " + key.normalization() + " as n from (select distinct " + key.normalized()
                  + " as v from " + target.table() + " where load_id = :load) d offset 0) nv on nv.v = t." + key.normalized();
        String keys = "select row_number, concat_ws(chr(31), " + key.key() + ") as k from " + from + " where t.load_id = :load"
                + (key.rejectedCount() ? " union all select row_number, key from stage_rejected_key where load_id = :load and sheet = :sheet" : "");
        // Most sheets have no duplicate: one hash aggregate says so, and the ranking delete is not needed.
        String grouped = key.rejectedCount() ? "select 1 from (" + keys + ") keyed group by k having count(*) > 1"
                : "select 1 from " + from + " where t.load_id = :load group by " + key.key() + " having count(*) > 1";
        Boolean any = jdbc.queryForObject("select exists (" + grouped + ")", params(parameters, key.sheet()), Boolean.class);
        if (!Boolean.TRUE.equals(any)) {
            return;
        }
        String sql = """
                with ranked as (
                    select row_number, min(row_number) over (partition by k) as first_row
                    from (%4$s) as keyed),
                gone as (
                    delete from %1$s s using ranked r
                    where s.load_id = :load and s.row_number = r.row_number and r.row_number > r.first_row
                    returning s.row_number, r.first_row, s.%2$s as value, %3$s as described)
                insert into reject (load_id, file, sheet, row_number, column_name, value, code, message)
                select :load, :file, :sheet, row_number, :column, value, :code,
                       described || ' already appears in row ' || first_row || '; only the first row is loaded.'
                from gone
                """.formatted(target.table(), target.column(key.column()), key.describe(), keys);
        jdbc.update(sql, params(parameters, key.sheet()).addValue("column", key.column()).addValue("code", key.code()));
    }

    private void rejectOrphans(ImportJobParameters parameters, ReconcileRule.BelongsTo rule) {
        SheetLayout child = rule.child();
        SheetLayout parent = rule.parent();
        LoadTables childTable = LoadTables.of(child);
        LoadTables parentTable = LoadTables.of(parent);
        String sql = """
                with gone as (
                    delete from %1$s s
                    where s.load_id = :load
                      and not exists (select 1 from %2$s p where p.load_id = :load and p.%3$s = s.%4$s)
                    returning s.row_number, s.%4$s as parent_key, %5$s as own_key),
                rejected as (
                    insert into reject (load_id, file, sheet, row_number, column_name, value, code, message)
                    select :load, :file, :sheet, g.row_number, :column, g.parent_key, :code,
                           case when r.row_number is null
                                then :noun || ' ' || g.parent_key || ' is not on the ' || :parentSheet || ' sheet.'
                                else :noun || ' ' || g.parent_key || ' was rejected on the ' || :parentSheet || ' sheet (row '
                                     || r.row_number || '), so this row is rejected too.' end
                    from gone g
                    left join (select key, min(row_number) as row_number from stage_rejected_key
                               where load_id = :load and sheet = :parentSheet group by key) r on r.key = g.parent_key)
                -- A child sheet that is itself a parent (Indicators, of Actuals) remembers its rejected keys for its own children.
                insert into stage_rejected_key (load_id, sheet, row_number, key)
                select :load, :sheet, row_number, own_key from gone where own_key is not null
                """.formatted(childTable.table(), parentTable.table(), parentTable.column(parent.keyColumn()), childTable.column(rule.column()),
                child.keyColumn() == null ? "null::text" : "s." + childTable.column(child.keyColumn()));
        jdbc.update(sql, params(parameters, child).addValue("column", rule.column())
                .addValue("code", "UNKNOWN_" + rule.noun().toUpperCase(Locale.ROOT)).addValue("noun", rule.noun())
                .addValue("parentSheet", parent.name()));
    }

    private static MapSqlParameterSource params(ImportJobParameters parameters, SheetLayout sheet) {
        return new MapSqlParameterSource(Map.of(
                "load", parameters.loadId(),
                "file", parameters.location(sheet.name()),
                "sheet", sheet.name()));
    }
}
