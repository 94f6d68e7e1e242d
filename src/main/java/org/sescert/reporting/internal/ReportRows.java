package org.sescert.reporting.internal;

import java.util.List;

/**
 * The rows the report templates print, one record per kind of table or chart. Fields are boxed
 * and dates are text: the templates' expressions may only use the classes the hardened report
 * engine allows.
 */
public final class ReportRows {

    private ReportRows() {
    }

    /** An input of the load, as the cover lists it. */
    public record Input(String name, Long bytes, String sha256) {
    }

    /** One certification criterion's page. */
    public record Criterion(Integer number, String name, String citation, String asks, String evidence, String narrative, String datasets,
                            String tally, List<RuleLine> rules) {
    }

    /** A rule bearing on a criterion or in the findings summary: what it checks and its findings by severity. */
    public record RuleLine(String rule, String checks, Long errors, Long warnings, Long infos, Long total, Long subjects) {
    }

    /** Counts by level in one row of a distribution table. */
    public record LevelRow(String label, Long l1, Long l2, Long l3, Long l4, Long l5, Long total, Double highShare, Double mean) {
    }

    /** One bar of a bar chart. */
    public record Bar(String series, String category, Double value) {
    }

    /** One point of a scatter chart. */
    public record Point(String series, Double x, Double y) {
    }

    /** Raises and awards at one final level. Percentages are percentages; null where none applies. */
    public record PayRow(String level, Long executives, Double meanRaise, Double medianRaise, Double meanAward, Double medianAward,
                         Long awardsPaid, String awardRange, String overlap) {
    }

    /** A component against its organizational assessment. */
    public record ComponentRow(String component, String score, Integer assessmentLevel, Long rated, Double meanFinal, String findings) {
    }

    /** A PRB's composition and its findings. */
    public record PrbRow(String prb, Long members, Long careerMembers, String careerMajority, Long reviewed, Long careerReviewed, String findings) {
    }

    /** A figure of the process as the records tell it. */
    public record Figure(String what, Long count, Long of, String note) {
    }

    /** A finding in the appendix, with its evidence line. */
    public record FindingLine(String severity, String rule, String subject, String message, String evidence) {
    }

    /** A row of a disclosure table: counts as text, a dash where suppressed. */
    public record DisclosureRow(String label, String l1, String l2, String l3, String l4, String l5, String total, Boolean totals) {
    }

    /** Mean raise and award at one level, as text, a dash where suppressed. */
    public record DisclosurePay(String level, String meanRaise, String meanAward) {
    }
}
