package org.sescert.datasets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.sescert.analytics.DistributionAnalysis.PrbStage;
import org.sescert.analytics.LevelTable;
import org.sescert.analytics.OrgAssessmentAnalysis.ComponentRatings;
import org.sescert.analytics.PayAnalysis.AgencyAwards;
import org.sescert.analytics.PayAnalysis.PoolTotals;
import org.sescert.analytics.PayAnalysis.Share;
import org.sescert.analytics.PayRules.ExecutivePay;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The datasets of a cycle, read from the SQL views in {@code sql/} (V5, V6) that the analytics
 * and the reports share: distributions by stage and unit, PRB movements, components against
 * their assessments, pay by pool and by level. Each method returns a small table; only
 * {@link #executivePay} streams, one executive at a time.
 */
@Component
public class CycleDatasets {

    /** The unit kinds the distribution analyses compare (spec section 7). */
    public static final List<String> UNIT_KINDS = List.of("COMPONENT", "RATING_OFFICIAL", "PAY_POOL", "PRB");
    private static final int FETCH = 2000;

    private final JdbcTemplate jdbc;

    public CycleDatasets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String agencyCode(String cycleId) {
        return jdbc.queryForObject("select agency_code from cycle where cycle_id = ?", String.class, cycleId);
    }

    /** Counts by unit and level of one unit kind at one stage (INITIAL, PRB, FINAL). */
    public LevelTable levels(String cycleId, String unitKind, String stage) {
        Map<String, long[]> units = new TreeMap<>();
        jdbc.query("select unit, level, executives from rating_distribution where cycle_id = ? and unit_kind = ? and stage = ?",
                rs -> {
                    units.computeIfAbsent(rs.getString(1), u -> new long[6])[rs.getInt(2)] = rs.getLong(3);
                }, cycleId, unitKind, stage);
        return new LevelTable(unitKind, stage, units);
    }

    /**
     * Counts by unit and level of every unit kind at the initial and final stages, from one pass
     * over the cycle's executives (each table separately would read them once per kind and stage).
     * Keyed by unit kind, then stage.
     */
    public Map<String, Map<String, LevelTable>> levelsByKindAndStage(String cycleId) {
        Map<String, Map<String, Map<String, long[]>>> counts = new TreeMap<>();
        // rating_distribution's counts, grouped by every unit kind at once: one scan of the executives, where the
        // view's union reads them once per kind. The definitions (which stages, which units) are the view's.
        jdbc.query("""
                with staged as (
                    select s.stage, s.level, e.component, e.rating_official_id, e.pay_pool, e.prb_id, e.appointment_type
                    from executive e
                    cross join lateral (values ('INITIAL', e.initial_level), ('FINAL', e.final_level)) as s(stage, level)
                    where e.cycle_id = ? and s.level is not null)
                select case when grouping(component) = 0 then 'COMPONENT' when grouping(rating_official_id) = 0 then 'RATING_OFFICIAL'
                            when grouping(pay_pool) = 0 then 'PAY_POOL' when grouping(prb_id) = 0 then 'PRB'
                            when grouping(appointment_type) = 0 then 'APPOINTMENT_TYPE' else 'AGENCY' end as unit_kind,
                       stage, coalesce(component, rating_official_id, pay_pool, prb_id, appointment_type, 'AGENCY') as unit, level, count(*)
                from staged
                group by grouping sets ((stage, level), (stage, level, component), (stage, level, rating_official_id),
                                        (stage, level, pay_pool), (stage, level, prb_id), (stage, level, appointment_type))
                having (grouping(rating_official_id) = 1 or rating_official_id is not null)
                   and (grouping(prb_id) = 1 or prb_id is not null)""", rs -> {
            counts.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).computeIfAbsent(rs.getString(2), s -> new TreeMap<>())
                    .computeIfAbsent(rs.getString(3), u -> new long[6])[rs.getInt(4)] = rs.getLong(5);
        }, cycleId);
        Map<String, Map<String, LevelTable>> tables = new TreeMap<>();
        for (String kind : counts.keySet()) {
            for (String stage : List.of(LevelTable.INITIAL, LevelTable.FINAL)) {
                tables.computeIfAbsent(kind, k -> new TreeMap<>())
                        .put(stage, new LevelTable(kind, stage, counts.get(kind).getOrDefault(stage, new TreeMap<>())));
            }
        }
        return tables;
    }

    /** One unit's counts by level (index 1..5), zeros when it has none. */
    public long[] unitLevels(String cycleId, String unitKind, String unit, String stage) {
        return levels(cycleId, unitKind, stage).units().getOrDefault(unit, new long[6]).clone();
    }

    /** Each PRB's moves from initial to final level, and its components' levels before and after. */
    public List<PrbStage> prbStages(String cycleId) {
        Map<String, long[]> moves = new TreeMap<>();
        Map<String, Map<String, long[]>> initial = new HashMap<>();
        Map<String, Map<String, long[]>> after = new HashMap<>();
        jdbc.query("select prb_id, component, initial_level, final_level, executives from prb_movement where cycle_id = ?", rs -> {
            String prb = rs.getString(1);
            String component = rs.getString(2);
            int from = rs.getInt(3);
            int to = rs.getInt(4);
            long n = rs.getLong(5);
            long[] m = moves.computeIfAbsent(prb, p -> new long[3]);
            m[0] += n;
            m[1] += to < from ? n : 0;
            m[2] += to > from ? n : 0;
            initial.computeIfAbsent(prb, p -> new TreeMap<>()).computeIfAbsent(component, c -> new long[6])[from] += n;
            after.computeIfAbsent(prb, p -> new TreeMap<>()).computeIfAbsent(component, c -> new long[6])[to] += n;
        }, cycleId);
        List<PrbStage> stages = new ArrayList<>();
        moves.forEach((prb, m) -> stages.add(new PrbStage(prb, m[0], m[1], m[2], initial.getOrDefault(prb, Map.of()), after.getOrDefault(prb, Map.of()))));
        return stages;
    }

    /** Every component with executives, its assessment (if any) and its mean final level. */
    public List<ComponentRatings> componentRatings(String cycleId) {
        return jdbc.query("""
                select component, score, assessment_level, rated, mean_final
                from component_ratings where cycle_id = ? order by component""",
                (rs, i) -> new ComponentRatings(rs.getString(1),
                        rs.getObject(2) == null ? null : rs.getDouble(2), rs.getObject(3) == null ? null : rs.getInt(3),
                        rs.getLong(4), rs.getDouble(5)), cycleId);
    }

    /** The mean final level over the agency's rated executives, or null when none is rated. */
    public Double agencyMeanFinal(String cycleId) {
        return jdbc.queryForObject("select avg(final_level) from executive where cycle_id = ?", Double.class, cycleId);
    }

    /** Career executives on the cycle's Executives sheet, rated or not: the FY2026 cap's minimum counts them. */
    public long careerExecutives(String cycleId) {
        Long n = jdbc.queryForObject("select count(*) from executive where cycle_id = ? and appointment_type = 'CAREER'", Long.class, cycleId);
        return n == null ? 0 : n;
    }

    /** The agency's totals for the statutory award cap, from the pay pools' totals (one row per pool) and the executives' pay. */
    public AgencyAwards agencyAwards(String cycleId) {
        return jdbc.queryForObject("""
                select (select count(*) from executive_pay where cycle_id = ? and appointment_type = 'CAREER'),
                       coalesce(sum(career_basic_pay), 0), coalesce(sum(awards), 0)
                from pay_pool_totals where cycle_id = ?""",
                (rs, i) -> new AgencyAwards(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3)), cycleId, cycleId);
    }

    public List<PoolTotals> poolTotals(String cycleId) {
        return jdbc.query("select pay_pool, career_basic_pay, awards from pay_pool_totals where cycle_id = ? order by pay_pool",
                (rs, i) -> new PoolTotals(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)), cycleId);
    }

    /**
     * Every pay pool's award shares (career executives) and raise shares by final level, one pool at
     * a time, in pool order: one pass over the cycle's pay, never more than one pool in memory.
     * Call it inside a transaction (a step's), so that the rows stream.
     */
    public void poolShares(String cycleId, Consumer<PoolShares> each) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH);
        PoolShares[] current = new PoolShares[1];
        streaming.query("""
                select pay_pool, final_level, executive_id, appointment_type = 'CAREER', award_percent, raise_percent
                from executive_pay where cycle_id = ? and final_level is not null order by pay_pool, executive_id""", rs -> {
            String pool = rs.getString(1);
            if (current[0] == null || !current[0].pool().equals(pool)) {
                if (current[0] != null) {
                    each.accept(current[0]);
                }
                current[0] = new PoolShares(pool, new TreeMap<>(), new TreeMap<>());
            }
            int level = rs.getInt(2);
            String executive = rs.getString(3);
            double award = rs.getDouble(5);
            if (!rs.wasNull() && rs.getBoolean(4)) {
                current[0].awards().computeIfAbsent(level, l -> new ArrayList<>()).add(new Share(executive, award));
            }
            double raise = rs.getDouble(6);
            if (!rs.wasNull()) {
                current[0].raises().computeIfAbsent(level, l -> new ArrayList<>()).add(new Share(executive, raise));
            }
        }, cycleId);
        if (current[0] != null) {
            each.accept(current[0]);
        }
    }

    /** One pay pool's award and raise shares by final level. */
    public record PoolShares(String pool, Map<Integer, List<Share>> awards, Map<Integer, List<Share>> raises) {
    }

    /** Raises and awards by final level, as the pay_by_level view gives them. */
    public List<PayByLevel> payByLevel(String cycleId) {
        return jdbc.query("""
                select final_level, executives, mean_raise_percent, median_raise_percent, mean_career_award_percent,
                       median_career_award_percent, awards_paid, min_paid_award_percent, max_paid_award_percent
                from pay_by_level where cycle_id = ? order by final_level""",
                (rs, i) -> new PayByLevel(rs.getInt(1), rs.getLong(2), nullableDouble(rs, 3), nullableDouble(rs, 4), nullableDouble(rs, 5),
                        nullableDouble(rs, 6), rs.getLong(7), nullableDouble(rs, 8), nullableDouble(rs, 9)), cycleId);
    }

    /** Career executives by level (row 1..5 at index level-1) and award % value (columns, ascending), for Kendall's tau-b. */
    public long[][] awardLevelTable(String cycleId) {
        Map<Integer, Map<BigDecimal, Long>> cells = new TreeMap<>();
        TreeSet<BigDecimal> values = new TreeSet<>();
        jdbc.query("select final_level, award_percent, executives from award_level_table where cycle_id = ?", rs -> {
            BigDecimal value = rs.getBigDecimal(2);
            values.add(value);
            cells.computeIfAbsent(rs.getInt(1), l -> new HashMap<>()).put(value, rs.getLong(3));
        }, cycleId);
        Map<BigDecimal, Integer> column = new HashMap<>();
        values.forEach(v -> column.put(v, column.size()));
        long[][] table = new long[5][values.size()];
        cells.forEach((level, row) -> row.forEach((value, n) -> table[level - 1][column.get(value)] = n));
        return table;
    }

    /**
     * Every executive's pay, in executive order, through a PostgreSQL cursor: rows come in
     * batches, never the whole cycle at once. Call it inside a transaction (a step's).
     */
    public void executivePay(String cycleId, Consumer<ExecutivePay> each) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH);
        streaming.query("""
                select executive_id, appointment_type, final_level, basic_pay_before, basic_pay_after, performance_award
                from executive_pay where cycle_id = ? order by executive_id""", rs -> {
            each.accept(new ExecutivePay(rs.getString(1), rs.getString(2),
                    rs.getObject(3) == null ? null : rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)));
        }, cycleId);
    }

    private static Double nullableDouble(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /** Raises and awards at one final level. Percent values are percentages (5.25 = 5.25%); null where none applies. */
    public record PayByLevel(int level, long executives, Double meanRaisePercent, Double medianRaisePercent, Double meanCareerAwardPercent,
                             Double medianCareerAwardPercent, long awardsPaid, Double minPaidAwardPercent, Double maxPaidAwardPercent) {
    }
}
