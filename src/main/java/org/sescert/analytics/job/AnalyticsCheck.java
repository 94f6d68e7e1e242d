package org.sescert.analytics.job;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.sescert.analytics.DistributionAnalysis;
import org.sescert.analytics.LevelTable;
import org.sescert.analytics.OrgAssessmentAnalysis;
import org.sescert.analytics.PayAnalysis;
import org.sescert.analytics.PayRules;
import org.sescert.analytics.QuotaPatternAnalysis;
import org.sescert.findings.Finding;
import org.sescert.policy.Policy;
import org.sescert.policy.PolicyCatalog;
import org.sescert.rating.job.CheckJobParameters;
import org.sescert.findings.FindingWriter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The analytics of a cycle (spec section 7). SQL does the counting (the rating_distribution and
 * executive_pay views, grouped queries); the analyses in org.sescert.analytics get the small
 * aggregate tables. Only the per-pool inversion count holds one pool's shares at a time.
 */
public final class AnalyticsCheck implements Tasklet {

    private static final List<String> UNIT_KINDS = List.of("COMPONENT", "RATING_OFFICIAL", "PAY_POOL", "PRB");
    private static final int FLUSH = 2000;

    private final JdbcTemplate jdbc;
    private final PolicyCatalog catalog;

    public AnalyticsCheck(JdbcTemplate jdbc, PolicyCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobParameters parameters = contribution.getStepExecution().getJobExecution().getJobParameters();
        String cycle = CheckJobParameters.cycleId(parameters);
        long runId = CheckJobParameters.runId(parameters);
        Policy policy = catalog.load(CheckJobParameters.policy(parameters)).policy();
        String agency = jdbc.queryForObject("select agency_code from cycle where cycle_id = ?", String.class, cycle);

        List<Finding> findings = new ArrayList<>();
        List<LevelTable> tables = finalTables(cycle);
        List<LevelTable> partitions = distinctPartitions(tables);
        findings.addAll(QuotaPatternAnalysis.check(partitions, agency, policy));
        findings.addAll(DistributionAnalysis.noDistinction(partitions, levels(cycle, "AGENCY", "FINAL", null).getOrDefault("AGENCY", new long[6]), agency, policy));
        findings.addAll(DistributionAnalysis.capExceeded(levels(cycle, "APPOINTMENT_TYPE", "FINAL", null).getOrDefault("CAREER", new long[6]), agency, policy));
        findings.addAll(DistributionAnalysis.prbCurve(prbStages(cycle), policy));
        findings.addAll(orgAssessments(cycle, agency, policy));
        findings.addAll(pay(cycle, agency, policy));
        write(runId, cycle, findings);
        perExecutivePay(runId, cycle, policy);
        return RepeatStatus.FINISHED;
    }

    private List<LevelTable> finalTables(String cycle) {
        List<LevelTable> tables = new ArrayList<>();
        for (String kind : UNIT_KINDS) {
            tables.add(new LevelTable(kind, "FINAL", levels(cycle, kind, "FINAL", null)));
        }
        return tables;
    }

    /** Pay pools default to components: the same partition is tested once, not twice. */
    static List<LevelTable> distinctPartitions(List<LevelTable> tables) {
        List<LevelTable> distinct = new ArrayList<>();
        for (LevelTable t : tables) {
            boolean same = distinct.stream().anyMatch(d -> d.units().keySet().equals(t.units().keySet())
                    && d.units().entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), t.units().get(e.getKey()))));
            if (!same) {
                distinct.add(t);
            }
        }
        return distinct;
    }

    private Map<String, long[]> levels(String cycle, String kind, String stage, String unit) {
        Map<String, long[]> units = new TreeMap<>();
        jdbc.query("select unit, level, executives from rating_distribution where cycle_id = ? and unit_kind = ? and stage = ?",
                rs -> {
                    units.computeIfAbsent(rs.getString(1), u -> new long[6])[rs.getInt(2)] = rs.getLong(3);
                }, cycle, kind, stage);
        return units;
    }

    private List<DistributionAnalysis.PrbStage> prbStages(String cycle) {
        Map<String, long[]> moves = new TreeMap<>();
        jdbc.query("""
                select prb_id, count(*), count(*) filter (where final_level < initial_level), count(*) filter (where final_level > initial_level)
                from executive where cycle_id = ? and prb_id is not null and initial_level is not null and final_level is not null
                group by prb_id""", rs -> {
            moves.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        }, cycle);
        Map<String, Map<String, long[]>> initial = new HashMap<>();
        Map<String, Map<String, long[]>> after = new HashMap<>();
        jdbc.query("""
                select prb_id, component, initial_level, final_level, count(*) from executive
                where cycle_id = ? and prb_id is not null and initial_level is not null and final_level is not null
                group by prb_id, component, initial_level, final_level""", rs -> {
            String prb = rs.getString(1);
            String component = rs.getString(2);
            initial.computeIfAbsent(prb, p -> new TreeMap<>()).computeIfAbsent(component, c -> new long[6])[rs.getInt(3)] += rs.getLong(5);
            after.computeIfAbsent(prb, p -> new TreeMap<>()).computeIfAbsent(component, c -> new long[6])[rs.getInt(4)] += rs.getLong(5);
        }, cycle);
        List<DistributionAnalysis.PrbStage> stages = new ArrayList<>();
        moves.forEach((prb, m) -> stages.add(new DistributionAnalysis.PrbStage(prb, m[0], m[1], m[2],
                initial.getOrDefault(prb, Map.of()), after.getOrDefault(prb, Map.of()))));
        return stages;
    }

    private List<Finding> orgAssessments(String cycle, String agency, Policy policy) {
        List<OrgAssessmentAnalysis.ComponentRatings> components = jdbc.query("""
                select e.component, o.score, o.level, count(e.final_level), avg(e.final_level)
                from executive e left join org_assessment o on o.cycle_id = e.cycle_id and o.component = e.component
                where e.cycle_id = ? group by e.component, o.score, o.level order by e.component""",
                (rs, i) -> new OrgAssessmentAnalysis.ComponentRatings(rs.getString(1),
                        rs.getObject(2) == null ? null : rs.getDouble(2), rs.getObject(3) == null ? null : rs.getInt(3),
                        rs.getLong(4), rs.getDouble(5)), cycle);
        Double agencyMean = jdbc.queryForObject("select avg(final_level) from executive where cycle_id = ?", Double.class, cycle);
        return agencyMean == null ? List.of() : OrgAssessmentAnalysis.check(components, agencyMean, agency, policy);
    }

    private List<Finding> pay(String cycle, String agency, Policy policy) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(PayAnalysis.poolCap(jdbc.query("""
                select pay_pool, coalesce(sum(basic_pay_before) filter (where appointment_type = 'CAREER'), 0), sum(performance_award)
                from executive_pay where cycle_id = ? group by pay_pool order by pay_pool""",
                (rs, i) -> new PayAnalysis.PoolTotals(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)), cycle), policy));
        for (String pool : jdbc.queryForList("select distinct pay_pool from executive_pay where cycle_id = ? order by 1", String.class, cycle)) {
            findings.addAll(PayAnalysis.inversions(pool, "award %", shares(cycle, pool, "award_percent", "and appointment_type = 'CAREER'"), policy));
            findings.addAll(PayAnalysis.inversions(pool, "raise %", shares(cycle, pool, "raise_percent", ""), policy));
        }
        Map<Integer, Double> meanRaise = new TreeMap<>();
        Map<Integer, Double> meanAward = new TreeMap<>();
        Map<Integer, double[]> awardRange = new TreeMap<>();
        jdbc.query("""
                select final_level, avg(raise_percent), avg(award_percent) filter (where appointment_type = 'CAREER'),
                       min(award_percent) filter (where performance_award > 0), max(award_percent) filter (where performance_award > 0)
                from executive_pay where cycle_id = ? and final_level is not null group by final_level""", rs -> {
            int level = rs.getInt(1);
            meanRaise.put(level, rs.getDouble(2));
            if (rs.getObject(3) != null) {
                meanAward.put(level, rs.getDouble(3));
            }
            if (rs.getObject(4) != null) {
                awardRange.put(level, new double[] {rs.getDouble(4), rs.getDouble(5)});
            }
        }, cycle);
        findings.addAll(PayAnalysis.monotonic(meanRaise, meanAward, awardTable(cycle), agency, policy));
        findings.addAll(PayAnalysis.overlap(awardRange, agency, policy));
        return findings;
    }

    private Map<Integer, List<PayAnalysis.Share>> shares(String cycle, String pool, String column, String filter) {
        Map<Integer, List<PayAnalysis.Share>> byLevel = new TreeMap<>();
        jdbc.query("select final_level, executive_id, " + column + " from executive_pay where cycle_id = ? and pay_pool = ? "
                + "and final_level is not null and " + column + " is not null " + filter, rs -> {
            byLevel.computeIfAbsent(rs.getInt(1), l -> new ArrayList<>()).add(new PayAnalysis.Share(rs.getString(2), rs.getDouble(3)));
        }, cycle, pool);
        return byLevel;
    }

    /** Career executives by level and award % (to the hundredth), for Kendall's tau-b. */
    private long[][] awardTable(String cycle) {
        Map<Integer, Map<BigDecimal, Long>> cells = new TreeMap<>();
        TreeSet<BigDecimal> values = new TreeSet<>();
        jdbc.query("""
                select final_level, round(award_percent, 2), count(*) from executive_pay
                where cycle_id = ? and appointment_type = 'CAREER' and final_level is not null and award_percent is not null
                group by 1, 2""", rs -> {
            BigDecimal value = rs.getBigDecimal(2);
            values.add(value);
            cells.computeIfAbsent(rs.getInt(1), l -> new HashMap<>()).put(value, rs.getLong(3));
        }, cycle);
        Map<BigDecimal, Integer> column = new HashMap<>();
        values.forEach(v -> column.put(v, column.size()));
        long[][] table = new long[5][values.size()];
        cells.forEach((level, row) -> row.forEach((value, n) -> table[level - 1][column.get(value)] = n));
        return table;
    }

    /** Per-executive pay rules, streamed: findings are written every few thousand rows. */
    private void perExecutivePay(long runId, String cycle, Policy policy) throws Exception {
        List<Finding> batch = new ArrayList<>();
        // A PostgreSQL cursor (fetch size, inside the step's transaction): rows come in batches, not all at once.
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FLUSH);
        streaming.query("""
                select executive_id, appointment_type, final_level, basic_pay_before, basic_pay_after, performance_award
                from executive_pay where cycle_id = ? order by executive_id""", rs -> {
            batch.addAll(PayRules.check(new PayRules.ExecutivePay(rs.getString(1), rs.getString(2),
                    rs.getObject(3) == null ? null : rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)), policy));
            if (batch.size() >= FLUSH) {
                write(runId, cycle, batch);
                batch.clear();
            }
        }, cycle);
        write(runId, cycle, batch);
    }

    private void write(long runId, String cycle, List<Finding> findings) {
        try {
            FindingWriter.write(jdbc.getDataSource(), runId, cycle, findings);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the analytics findings", e);
        }
    }
}
