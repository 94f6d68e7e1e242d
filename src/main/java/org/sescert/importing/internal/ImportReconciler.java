package org.sescert.importing.internal;

import java.util.Locale;
import java.util.Map;

import org.sescert.importing.ReconcileRule;
import org.sescert.importing.SheetLayout;
import org.sescert.importing.WorkbookLayout;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The checks only a whole sheet can make ({@link WorkbookLayout#reconcile()}), run in SQL over
 * the staged rows in their order: duplicate keys (every row after the first is rejected) and
 * rows whose parent (an executive, a goal, an indicator) is not on its sheet or was rejected
 * there. Each rejected row leaves staging and gets a reject naming the row it conflicts with.
 */
public final class ImportReconciler implements Tasklet {

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkbookLayout layout;

    public ImportReconciler(NamedParameterJdbcTemplate jdbc, WorkbookLayout layout) {
        this.jdbc = jdbc;
        this.layout = layout;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ImportJobParameters parameters = ImportJobParameters.from(contribution.getStepExecution());
        for (ReconcileRule rule : layout.reconcile()) {
            if (rule instanceof ReconcileRule.Unique unique) {
                rejectDuplicates(parameters, unique);
            } else if (rule instanceof ReconcileRule.BelongsTo belongs) {
                rejectOrphans(parameters, belongs);
            }
        }
        return RepeatStatus.FINISHED;
    }

    private void rejectDuplicates(ImportJobParameters parameters, ReconcileRule.Unique key) {
        String keys = "select row_number, concat_ws(chr(31), " + key.key() + ") as k from " + key.sheet().stageTable() + " where load_id = :load"
                + (key.rejectedCount() ? " union all select row_number, key from stage_rejected_key where load_id = :load and sheet = :sheet" : "");
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
                """.formatted(key.sheet().stageTable(), key.column(), key.describe(), keys);
        jdbc.update(sql, params(parameters, key.sheet()).addValue("column", key.column()).addValue("code", key.code()));
    }

    private void rejectOrphans(ImportJobParameters parameters, ReconcileRule.BelongsTo rule) {
        SheetLayout child = rule.child();
        SheetLayout parent = rule.parent();
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
                """.formatted(child.stageTable(), parent.stageTable(), parent.keyColumn(), rule.column(),
                child.keyColumn() == null ? "null::text" : "s." + child.keyColumn());
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
