package org.sescert.checking.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sescert.rating.ElementRating;
import org.sescert.rating.ExecutiveCase;
import org.springframework.jdbc.core.RowMapper;

/**
 * The query that hands the rules one executive at a time, with the plan's elements and the
 * final ratings of other cycles gathered by SQL (grouped, not one lookup per executive).
 * Other imported cycles take precedence over the History sheet for the same cycle.
 */
public final class ExecutiveCases {

    /**
     * Takes the cycle id once. Earlier final ratings come from the agency's other imported
     * cycles and from the History sheets of all its cycles (this cycle's sheet first, then the
     * latest); an imported cycle wins over a History row for the same cycle. Executive ids are
     * matched within the agency only.
     */
    private static final String PARTITION_SQL = """
            with cur as (select cycle_id, agency_code from cycle where cycle_id = ?),
            agency_cycles as (select c.cycle_id from cycle c join cur on c.agency_code = cur.agency_code),
            mine as (select e.executive_id from executive e join cur using (cycle_id) where %1$s),
            els as (
                select executive_id, array_agg(element order by element) as elements,
                       array_agg(weight order by element) as weights, array_agg(level order by element) as levels
                from element_rating join cur using (cycle_id) join mine using (executive_id) group by executive_id),
            imported as (
                select o.executive_id, o.cycle_id as past_cycle, o.final_level,
                       coalesce(o.final_rating_date, o.appraisal_end) as rated_on
                from executive o
                join agency_cycles a on a.cycle_id = o.cycle_id
                join mine m on m.executive_id = o.executive_id
                where o.cycle_id <> (select cycle_id from cur) and o.final_level is not null),
            sheets as (
                select distinct on (h.executive_id, h.history_cycle_id)
                       h.executive_id, h.history_cycle_id as past_cycle, h.final_level, h.final_rating_date as rated_on
                from rating_history h
                join agency_cycles a on a.cycle_id = h.cycle_id
                join mine m on m.executive_id = h.executive_id
                where h.history_cycle_id <> (select cycle_id from cur)
                order by h.executive_id, h.history_cycle_id, (h.cycle_id = (select cycle_id from cur)) desc, h.cycle_id desc),
            past as (
                select executive_id, array_agg(past_cycle order by rated_on) as cycles,
                       array_agg(final_level order by rated_on) as levels, array_agg(rated_on order by rated_on) as dates
                from (
                    select executive_id, past_cycle, final_level, rated_on from imported
                    union all
                    select s.executive_id, s.past_cycle, s.final_level, s.rated_on from sheets s
                    where not exists (select 1 from imported i where i.executive_id = s.executive_id and i.past_cycle = s.past_cycle)
                ) all_past
                group by executive_id)
            select e.executive_id, e.appointment_type, e.appraisal_start, e.appraisal_end, e.plan_communicated, e.progress_review,
                   e.initial_level, e.initial_shared, e.hlr_requested, e.hlr_level, e.prb_id, e.prb_review, e.prb_level,
                   e.final_level, e.final_rating_date,
                   els.elements, els.weights, els.levels, past.cycles, past.levels as past_levels, past.dates as past_dates
            from executive e
            join cur using (cycle_id)
            join mine using (executive_id)
            left join els using (executive_id)
            left join past using (executive_id)
            order by e.executive_id
            """;

    /** Every executive of the cycle, in one pass. */
    public static final String SQL = PARTITION_SQL.formatted("true");

    /**
     * The executives of one partition of the cycle, a range of executive ids ({@link ExecutivePartitioner}), read
     * with the same query as the whole: the parameters are the cycle id, then the range's ends that it has.
     */
    public static String partitionSql(boolean from, boolean to) {
        return PARTITION_SQL.formatted(partitionRange(from, to));
    }

    /** The condition on {@code e.executive_id} of a partition: from (inclusive) and to (exclusive), either open. */
    public static String partitionRange(boolean from, boolean to) {
        return (from ? "e.executive_id >= ?" : "true") + " and " + (to ? "e.executive_id < ?" : "true");
    }

    public static final RowMapper<ExecutiveCase> MAPPER = (rs, i) -> new ExecutiveCase(
            rs.getString("executive_id"), rs.getString("appointment_type"),
            date(rs, "appraisal_start"), date(rs, "appraisal_end"), date(rs, "plan_communicated"), date(rs, "progress_review"),
            integer(rs, "initial_level"), date(rs, "initial_shared"), (Boolean) rs.getObject("hlr_requested"),
            integer(rs, "hlr_level"), rs.getString("prb_id"), date(rs, "prb_review"), integer(rs, "prb_level"),
            integer(rs, "final_level"), date(rs, "final_rating_date"), elements(rs), history(rs));

    private ExecutiveCases() {
    }

    private static List<ElementRating> elements(ResultSet rs) throws SQLException {
        Object[] names = array(rs.getArray("elements"));
        Object[] weights = array(rs.getArray("weights"));
        Object[] levels = array(rs.getArray("levels"));
        List<ElementRating> elements = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            elements.add(new ElementRating((String) names[i], ((Number) weights[i]).intValue(), ((Number) levels[i]).intValue()));
        }
        return elements;
    }

    private static List<ExecutiveCase.PastRating> history(ResultSet rs) throws SQLException {
        Object[] cycles = array(rs.getArray("cycles"));
        Object[] levels = array(rs.getArray("past_levels"));
        Object[] dates = array(rs.getArray("past_dates"));
        List<ExecutiveCase.PastRating> history = new ArrayList<>(cycles.length);
        for (int i = 0; i < cycles.length; i++) {
            history.add(new ExecutiveCase.PastRating((String) cycles[i], ((Number) levels[i]).intValue(), ((Date) dates[i]).toLocalDate()));
        }
        return history;
    }

    private static Object[] array(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
