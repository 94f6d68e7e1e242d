package org.sescert.goalreview.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sescert.goals.Contributor;
import org.sescert.goals.ContributorKind;
import org.sescert.goals.Direction;
import org.sescert.goals.Indicator;
import org.sescert.goals.IndicatorActual;
import org.sescert.goals.Milestone;
import org.sescert.goals.PriorityGoal;
import org.sescert.goals.Quarter;
import org.sescert.goals.Strategy;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One goals load, read from its own rows (sql/V10: load_goal, load_indicator, ...) into the
 * review's records: a review reads the load it recorded, even if another becomes current while it
 * runs. A goals workbook holds dozens of rows, not millions: it is read whole.
 */
public record GoalsData(long loadId, List<PriorityGoal> goals, List<Indicator> indicators, Map<String, List<IndicatorActual>> actuals,
                        List<Milestone> milestones, List<Contributor> contributors, List<Strategy> strategies) {

    public static GoalsData read(JdbcTemplate jdbc, long loadId) {
        List<PriorityGoal> goals = jdbc.query("""
                select goal_id, title, statement, goal_leader, start_quarter, end_quarter, strategic_link
                from load_goal where load_id = ? order by goal_id""",
                (rs, i) -> new PriorityGoal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Quarter.parse(rs.getString(5)), Quarter.parse(rs.getString(6)), rs.getString(7)), loadId);
        List<Indicator> indicators = jdbc.query("""
                select indicator_id, goal_id, name, unit, direction, baseline, baseline_quarter, target, target_quarter
                from load_indicator where load_id = ? order by goal_id, indicator_id""",
                (rs, i) -> new Indicator(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), Direction.valueOf(rs.getString(5)),
                        rs.getDouble(6), Quarter.parse(rs.getString(7)), rs.getDouble(8), Quarter.parse(rs.getString(9))), loadId);
        Map<String, List<IndicatorActual>> actuals = new LinkedHashMap<>();
        jdbc.query("select indicator_id, quarter, actual, planned from load_indicator_actual where load_id = ? order by indicator_id, quarter", rs -> {
            double planned = rs.getDouble(4);
            Double plan = rs.wasNull() ? null : planned;
            actuals.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new IndicatorActual(rs.getString(1), Quarter.parse(rs.getString(2)), rs.getDouble(3), plan));
        }, loadId);
        List<Milestone> milestones = jdbc.query("""
                select goal_id, milestone, due_quarter, completed_quarter from load_milestone where load_id = ? order by goal_id, row_number""",
                (rs, i) -> new Milestone(rs.getString(1), rs.getString(2), Quarter.parse(rs.getString(3)),
                        rs.getString(4) == null ? null : Quarter.parse(rs.getString(4))), loadId);
        List<Contributor> contributors = jdbc.query("""
                select goal_id, contributor, kind, on_track, note from load_contributor where load_id = ? order by goal_id, row_number""",
                (rs, i) -> new Contributor(rs.getString(1), rs.getString(2), rs.getString(3) == null ? null : ContributorKind.valueOf(rs.getString(3)),
                        (Boolean) rs.getObject(4), rs.getString(5)), loadId);
        List<Strategy> strategies = jdbc.query("""
                select goal_id, quarter, strategy from load_strategy where load_id = ? order by goal_id, row_number""",
                (rs, i) -> new Strategy(rs.getString(1), Quarter.parse(rs.getString(2)), rs.getString(3)), loadId);
        return new GoalsData(loadId, goals, indicators, actuals, milestones, contributors, strategies);
    }
}
