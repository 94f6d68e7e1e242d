package org.sescert.datasets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The datasets only the certification package reads, from the views of {@code sql/V8}: the
 * findings of a run by rule, the process as the records tell it, element weights, PRB
 * composition, the two parts of OPM Form 1558, and how many people each pay mean rests on. The
 * distributions, pay by level and components against assessments are {@link CycleDatasets}',
 * shared with the check.
 */
@Component
public class CertificationDatasets {

    private static final int FETCH = 2000;

    private final JdbcTemplate jdbc;

    public CertificationDatasets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Findings of a check run by rule and severity. */
    public record FindingCount(String rule, String severity, long findings, long subjects) {
    }

    /** The process as the records tell it, over one cycle's executives. */
    public record ProcessSummary(long executives, long rated, long plans, long plansOnTime, long plansLate, long plansUndated, long progressReviews,
                                 long initialShared, long prbReviewed, long hlrRequested, long hlrGiven) {
    }

    /** How the plans weight one critical element. */
    public record ElementWeight(String element, long plans, int minWeight, double meanWeight, int maxWeight, double meanLevel) {
    }

    /** One PRB's members and the executives it reviews. */
    public record PrbComposition(String prbId, long members, long careerMembers, long reviewed, long careerReviewed) {
    }

    /** OPM Form 1558 Part A, one appointment type. */
    public record AppointmentTypeCounts(String appointmentType, long executives, long rated, long level5, long level4, long level3,
                                        long level2, long level1, long awardsPaid, BigDecimal performanceAwards) {
    }

    /** OPM Form 1558 Part B, one rated executive. Percentages are percentages (5.25 = 5.25%); null where the pay row is missing. */
    public record PayReportRow(String executiveId, String appointmentType, int finalLevel, String payPool, BigDecimal basicPayBefore,
                               BigDecimal basicPayAfter, BigDecimal adjustmentPercent, BigDecimal performanceAward, BigDecimal awardPercent,
                               BigDecimal otherAward, String rankAward, BigDecimal aggregateCompensation) {
    }

    /** How many people a level's mean raise and mean career award rest on. */
    public record PayContributors(int level, long raise, long award) {
    }

    public List<FindingCount> findingCounts(long checkRunId) {
        return jdbc.query("select rule, severity, findings, subjects from finding_summary where run_id = ? order by rule, severity",
                (rs, i) -> new FindingCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)), checkRunId);
    }

    /** How many distinct subjects the findings of these rules concern (an executive with two plan findings counts once). */
    public long subjectsWithFindings(long checkRunId, List<String> rules) {
        if (rules.isEmpty()) {
            return 0;
        }
        Long n = jdbc.queryForObject("select count(distinct subject) from finding where run_id = ? and rule = any(?)", Long.class, checkRunId,
                rules.toArray(String[]::new));
        return n == null ? 0 : n;
    }

    /** The evidence lines of one rule's findings, in export order (a handful for agency-level rules). */
    public List<String> evidence(long checkRunId, String rule) {
        return jdbc.queryForList("select coalesce(evidence, message) from finding where run_id = ? and rule = ? order by subject, evidence",
                String.class, checkRunId, rule);
    }

    /** The subjects of a unit's findings, by subject: PRB-2 -> [PRB_SELF_REVIEW]. */
    public Map<String, List<String>> rulesBySubject(long checkRunId, String rulePrefix) {
        Map<String, List<String>> bySubject = new TreeMap<>();
        jdbc.query("select distinct subject, rule from finding where run_id = ? and rule like ? order by subject, rule", rs -> {
            bySubject.computeIfAbsent(rs.getString(1), s -> new java.util.ArrayList<>()).add(rs.getString(2));
        }, checkRunId, rulePrefix + "%");
        return bySubject;
    }

    public ProcessSummary processSummary(String cycleId) {
        List<ProcessSummary> rows = jdbc.query("""
                select executives, rated, plans, plans_on_time, plans_late, plans_undated, progress_reviews, initial_shared, prb_reviewed,
                       hlr_requested, hlr_given
                from executive_process_summary where cycle_id = ?""",
                (rs, i) -> new ProcessSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11)), cycleId);
        return rows.isEmpty() ? new ProcessSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) : rows.get(0);
    }

    public List<ElementWeight> elementWeights(String cycleId) {
        return jdbc.query("""
                select element, plans, min_weight, mean_weight, max_weight, mean_level
                from element_weights where cycle_id = ? order by mean_weight desc, element""",
                (rs, i) -> new ElementWeight(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getDouble(4), rs.getInt(5), rs.getDouble(6)), cycleId);
    }

    public List<PrbComposition> prbComposition(String cycleId) {
        return jdbc.query("""
                select prb_id, members, career_members, reviewed, career_reviewed
                from prb_composition where cycle_id = ? order by prb_id""",
                (rs, i) -> new PrbComposition(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)), cycleId);
    }

    public List<AppointmentTypeCounts> appointmentTypeCounts(String cycleId) {
        return jdbc.query("""
                select appointment_type, executives, rated, level_5, level_4, level_3, level_2, level_1, awards_paid, performance_awards
                from opm_1558_part_a where cycle_id = ?
                order by case appointment_type when 'CAREER' then 0 when 'NONCAREER' then 1 when 'LIMITED_TERM' then 2 else 3 end""",
                (rs, i) -> new AppointmentTypeCounts(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getBigDecimal(10)), cycleId);
    }

    /**
     * Every rated executive's pay, in executive order, through a PostgreSQL cursor. Call it
     * inside a transaction (a step's).
     */
    public void payReport(String cycleId, Consumer<PayReportRow> each) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH);
        streaming.query("""
                select executive_id, appointment_type, final_level, pay_pool, basic_pay_before, basic_pay_after, adjustment_percent,
                       performance_award, award_percent, other_award, rank_award, aggregate_compensation
                from opm_1558_part_b where cycle_id = ? order by executive_id""", rs -> {
            each.accept(new PayReportRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                    rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getString(11), rs.getBigDecimal(12)));
        }, cycleId);
    }

    /** By final level. */
    public Map<Integer, PayContributors> payContributors(String cycleId) {
        Map<Integer, PayContributors> byLevel = new TreeMap<>();
        jdbc.query("select final_level, raise_contributors, award_contributors from pay_by_level_contributors where cycle_id = ?", rs -> {
            byLevel.put(rs.getInt(1), new PayContributors(rs.getInt(1), rs.getLong(2), rs.getLong(3)));
        }, cycleId);
        return byLevel;
    }
}
