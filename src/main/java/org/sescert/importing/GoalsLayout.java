package org.sescert.importing;

import static org.sescert.importing.ColumnLayout.code;
import static org.sescert.importing.ColumnLayout.optional;
import static org.sescert.importing.ColumnLayout.parsed;
import static org.sescert.importing.ColumnLayout.required;
import static org.sescert.importing.ColumnType.NUMBER;
import static org.sescert.importing.ColumnType.TEXT;
import static org.sescert.importing.ColumnType.YES_NO;

import java.util.List;

import org.sescert.goals.Quarter;

/**
 * The PIO's goals workbook: the agency's priority goals, their indicators with quarterly
 * actuals, milestones, contributors and strategies. One layout drives the template, the readers,
 * the checks and the staging tables, as {@link CycleLayout} does for a cycle.
 */
public final class GoalsLayout {

    /** The subject of every goals load: the agency's one set of priority goals. */
    public static final String SUBJECT = "GOALS";

    public static final List<String> DIRECTIONS = List.of("INCREASE", "DECREASE");
    public static final List<String> CONTRIBUTOR_KINDS = List.of("ORGANIZATION", "PROGRAM", "REGULATION", "POLICY", "OTHER");

    /** FY2026Q4, FY2026 Q4, fy26q4: stored as FY2026Q4, which sorts in time order. */
    static final CellParser QUARTER = new CellParser("BAD_QUARTER", text -> Quarter.parse(text).toString());

    public static final SheetLayout GOALS = new SheetLayout("Goals", true, "stage_goals", List.of(
            required("goal_id", TEXT, "The goal's id, unique in the workbook, e.g. APG-1"),
            required("title", TEXT, "The goal's short title"),
            optional("statement", TEXT, "The goal statement: what is to be achieved, by when"),
            required("goal_leader", TEXT, "The goal leader (31 U.S.C. 1115(c)): name or office"),
            parsed("start_quarter", true, QUARTER, "First quarter of the goal, e.g. FY2026Q1"),
            parsed("end_quarter", true, QUARTER, "Last quarter of the goal, e.g. FY2027Q4"),
            optional("strategic_link", TEXT, "The strategic goal or objective it supports")),
            "One row per priority goal", "goal_id");

    public static final SheetLayout INDICATORS = new SheetLayout("Indicators", true, "stage_indicators", List.of(
            required("indicator_id", TEXT, "The indicator's id, unique in the workbook"),
            required("goal_id", TEXT, "The goal it measures, as on the Goals sheet"),
            required("name", TEXT, "What is measured"),
            optional("unit", TEXT, "Unit of measure, e.g. percent, days, count"),
            code("direction", true, DIRECTIONS, "INCREASE or DECREASE: which way is better"),
            required("baseline", NUMBER, "The value at the baseline quarter"),
            parsed("baseline_quarter", true, QUARTER, "The quarter of the baseline, e.g. FY2025Q4"),
            required("target", NUMBER, "The value to reach by the target quarter"),
            parsed("target_quarter", true, QUARTER, "The quarter the target is due, e.g. FY2027Q4")),
            "One row per indicator", "indicator_id");

    public static final SheetLayout ACTUALS = new SheetLayout("Actuals", true, "stage_actuals", List.of(
            required("indicator_id", TEXT, "The indicator, as on the Indicators sheet"),
            parsed("quarter", true, QUARTER, "The quarter the value is for, e.g. FY2026Q3"),
            required("actual", NUMBER, "The value reached"),
            optional("planned", NUMBER, "The value planned for that quarter, if there is a plan")),
            "One row per indicator per reported quarter; leave out quarters not reported");

    public static final SheetLayout MILESTONES = new SheetLayout("Milestones", false, "stage_milestones", List.of(
            required("goal_id", TEXT, "The goal, as on the Goals sheet"),
            required("milestone", TEXT, "What is to be done"),
            parsed("due_quarter", true, QUARTER, "The quarter it is due"),
            parsed("completed_quarter", false, QUARTER, "The quarter it was completed; empty while open")),
            "One row per milestone");

    public static final SheetLayout CONTRIBUTORS = new SheetLayout("Contributors", false, "stage_contributors", List.of(
            required("goal_id", TEXT, "The goal, as on the Goals sheet"),
            required("contributor", TEXT, "An organization, program, regulation, policy or other contributor (31 U.S.C. 1115(c))"),
            code("kind", false, CONTRIBUTOR_KINDS, "ORGANIZATION, PROGRAM, REGULATION, POLICY or OTHER"),
            optional("on_track", YES_NO, "Y if it is contributing as planned, N if not"),
            optional("note", TEXT, "Why it is or is not on track")),
            "One row per contributor of a goal");

    public static final SheetLayout STRATEGIES = new SheetLayout("Strategies", false, "stage_strategies", List.of(
            required("goal_id", TEXT, "The goal, as on the Goals sheet"),
            parsed("quarter", true, QUARTER, "The review quarter the strategy is for"),
            required("strategy", TEXT, "Prospects and strategies for improving performance (31 U.S.C. 1121(b)(5))")),
            "One row per strategy recorded at a quarterly review");

    public static final List<SheetLayout> ROW_SHEETS = List.of(GOALS, INDICATORS, ACTUALS, MILESTONES, CONTRIBUTORS, STRATEGIES);

    public static final WorkbookLayout WORKBOOK = new WorkbookLayout("goals", "goals-import-", ROW_SHEETS, GOALS, List.of(
            new ReconcileRule.Unique(GOALS, "goal_id", "goal_id", "'goal_id ' || s.goal_id", "DUPLICATE_GOAL", true),
            new ReconcileRule.BelongsTo(INDICATORS, "goal_id", GOALS, "goal"),
            new ReconcileRule.Unique(INDICATORS, "indicator_id", "indicator_id", "'indicator_id ' || s.indicator_id", "DUPLICATE_INDICATOR", true),
            new ReconcileRule.BelongsTo(ACTUALS, "indicator_id", INDICATORS, "indicator"),
            new ReconcileRule.Unique(ACTUALS, "indicator_id, quarter", "quarter", "'an actual for ' || s.indicator_id || ' in ' || s.quarter",
                    "DUPLICATE_ACTUAL", false),
            new ReconcileRule.BelongsTo(MILESTONES, "goal_id", GOALS, "goal"),
            new ReconcileRule.Unique(MILESTONES, "goal_id, upper(milestone)", "milestone", "'milestone ' || s.milestone || ' of goal ' || s.goal_id",
                    "DUPLICATE_MILESTONE", false),
            new ReconcileRule.BelongsTo(CONTRIBUTORS, "goal_id", GOALS, "goal"),
            new ReconcileRule.Unique(CONTRIBUTORS, "goal_id, upper(contributor)", "contributor",
                    "'contributor ' || s.contributor || ' of goal ' || s.goal_id", "DUPLICATE_CONTRIBUTOR", false),
            new ReconcileRule.BelongsTo(STRATEGIES, "goal_id", GOALS, "goal")));

    private GoalsLayout() {
    }
}
