package org.sescert.importing.internal;

import java.util.List;
import java.util.Map;

import org.sescert.importing.CycleLayout;
import org.sescert.importing.SheetLayout;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The checks only a whole sheet can make, run in SQL over the staged rows: duplicate keys
 * (every row after the first is rejected) and rows for an executive that is not on the
 * Executives sheet or whose row there was rejected. Each rejected row leaves staging and gets
 * a reject naming the row it conflicts with.
 */
public final class ImportReconciler implements Tasklet {

    /** Element names match the way sheet and column names do: case and punctuation aside. */
    private static final String ELEMENT_KEY = "upper(regexp_replace(%selement, '[^A-Za-z0-9]+', '_', 'g'))";

    /** @param keys the rows whose keys compete for "first": by default the sheet's staged rows */
    private record UniqueKey(SheetLayout sheet, String partition, String column, String describe, String code, String keys) {
        UniqueKey(SheetLayout sheet, String partition, String column, String describe, String code) {
            this(sheet, partition, column, describe, code,
                    "select row_number, concat_ws(chr(31), " + partition + ") as k from " + sheet.stageTable() + " where load_id = :load");
        }
    }

    /** An executive's first row counts as first even when it was rejected: every later row is a duplicate. */
    private static final UniqueKey EXECUTIVE = new UniqueKey(CycleLayout.EXECUTIVES, "executive_id", "executive_id",
            "'executive_id ' || s.executive_id", "DUPLICATE_EXECUTIVE",
            "select row_number, executive_id as k from stage_executives where load_id = :load"
                    + " union all select row_number, executive_id from stage_rejected_executives where load_id = :load");

    private static final List<UniqueKey> CHILD_KEYS = List.of(
            new UniqueKey(CycleLayout.ELEMENTS, "executive_id, " + ELEMENT_KEY.formatted(""), "element",
                    "'element ' || s.element || ' for executive ' || s.executive_id", "DUPLICATE_ELEMENT"),
            new UniqueKey(CycleLayout.PAY, "executive_id", "executive_id",
                    "'pay for executive ' || s.executive_id", "DUPLICATE_PAY"),
            new UniqueKey(CycleLayout.ORG_ASSESSMENTS, "upper(component)", "component",
                    "'component ' || s.component", "DUPLICATE_COMPONENT"),
            new UniqueKey(CycleLayout.PRB_MEMBERS, "prb_id, member_id", "member_id",
                    "'member ' || s.member_id || ' of PRB ' || s.prb_id", "DUPLICATE_MEMBER"),
            new UniqueKey(CycleLayout.HISTORY, "executive_id, cycle_id", "cycle_id",
                    "'cycle ' || s.cycle_id || ' for executive ' || s.executive_id", "DUPLICATE_HISTORY"));

    private static final List<SheetLayout> BELONG_TO_EXECUTIVE = List.of(CycleLayout.ELEMENTS, CycleLayout.PAY, CycleLayout.HISTORY);

    private final NamedParameterJdbcTemplate jdbc;

    public ImportReconciler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, org.springframework.batch.core.scope.context.ChunkContext chunkContext) {
        ImportJobParameters parameters = ImportJobParameters.from(contribution.getStepExecution());
        long loadId = parameters.loadId();
        rejectDuplicates(loadId, parameters, EXECUTIVE);
        for (SheetLayout sheet : BELONG_TO_EXECUTIVE) {
            rejectUnknownExecutives(loadId, parameters, sheet);
        }
        for (UniqueKey key : CHILD_KEYS) {
            rejectDuplicates(loadId, parameters, key);
        }
        return RepeatStatus.FINISHED;
    }

    private void rejectDuplicates(long loadId, ImportJobParameters parameters, UniqueKey key) {
        String sql = """
                with ranked as (
                    select row_number, min(row_number) over (partition by k) as first_row
                    from (%5$s) as keyed),
                gone as (
                    delete from %1$s s using ranked r
                    where s.load_id = :load and s.row_number = r.row_number and r.row_number > r.first_row
                    returning s.row_number, r.first_row, s.%3$s as value, %4$s as described)
                insert into reject (load_id, file, sheet, row_number, column_name, value, code, message)
                select :load, :file, :sheet, row_number, :column, value, :code,
                       described || ' already appears in row ' || first_row || '; only the first row is loaded.'
                from gone
                """.formatted(key.sheet().stageTable(), key.partition(), key.column(), key.describe(), key.keys());
        jdbc.update(sql, params(loadId, parameters, key.sheet()).addValue("column", key.column()).addValue("code", key.code()));
    }

    private void rejectUnknownExecutives(long loadId, ImportJobParameters parameters, SheetLayout sheet) {
        String sql = """
                with gone as (
                    delete from %s s
                    where s.load_id = :load
                      and not exists (select 1 from stage_executives e where e.load_id = :load and e.executive_id = s.executive_id)
                    returning s.row_number, s.executive_id)
                insert into reject (load_id, file, sheet, row_number, column_name, value, code, message)
                select :load, :file, :sheet, g.row_number, 'executive_id', g.executive_id, 'UNKNOWN_EXECUTIVE',
                       case when r.row_number is null
                            then 'executive ' || g.executive_id || ' is not on the Executives sheet.'
                            else 'executive ' || g.executive_id || ' was rejected on the Executives sheet (row '
                                 || r.row_number || '), so this row is rejected too.' end
                from gone g
                left join (select executive_id, min(row_number) as row_number from stage_rejected_executives
                           where load_id = :load group by executive_id) r on r.executive_id = g.executive_id
                """.formatted(sheet.stageTable());
        jdbc.update(sql, params(loadId, parameters, sheet));
    }

    private static MapSqlParameterSource params(long loadId, ImportJobParameters parameters, SheetLayout sheet) {
        return new MapSqlParameterSource(Map.of(
                "load", loadId,
                "file", parameters.location(sheet.name()),
                "sheet", sheet.name()));
    }
}
