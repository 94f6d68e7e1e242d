package org.sescert.reporting.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sescert.analytics.LevelTable;
import org.sescert.analytics.OrgAssessmentAnalysis.ComponentRatings;
import org.sescert.datasets.CertificationDatasets;
import org.sescert.datasets.CertificationDatasets.FindingCount;
import org.sescert.datasets.CertificationDatasets.PrbComposition;
import org.sescert.datasets.CycleDatasets;
import org.sescert.datasets.CycleDatasets.PayByLevel;
import org.sescert.findings.FindingsExport;
import org.sescert.findings.Rule;
import org.sescert.findings.Scope;
import org.sescert.reporting.internal.CertificationCriteria.Facts;
import org.sescert.reporting.internal.CertificationCriteria.RuleFindings;
import org.sescert.reporting.internal.ReportRows.Bar;
import org.sescert.reporting.internal.ReportRows.ComponentRow;
import org.sescert.reporting.internal.ReportRows.Figure;
import org.sescert.reporting.internal.ReportRows.FindingLine;
import org.sescert.reporting.internal.ReportRows.LevelRow;
import org.sescert.reporting.internal.ReportRows.PayRow;
import org.sescert.reporting.internal.ReportRows.Point;
import org.sescert.reporting.internal.ReportRows.PrbRow;
import org.sescert.reporting.internal.ReportRows.RuleLine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything the evidence report prints, read from the datasets: the cover's figures, the nine
 * criteria, the distribution, pay, organizational-assessment and compliance tables with their
 * charts, the findings by rule and every finding. Nothing is counted here; the SQL views count.
 */
public final class EvidenceReader {

    static final String[] STAGES = {"INITIAL", "PRB", "FINAL"};
    private static final String[] STAGE_NAMES = {"Initial", "PRB", "Final"};
    private static final String[] LEVEL_NAMES = {"", "Level 1", "Level 2", "Level 3", "Level 4", "Level 5"};
    private static final List<String> APPOINTMENT_TYPES = List.of("CAREER", "NONCAREER", "LIMITED_TERM", "LIMITED_EMERGENCY");

    private final JdbcTemplate jdbc;
    private final CycleDatasets cycles;
    private final CertificationDatasets datasets;

    public EvidenceReader(JdbcTemplate jdbc, CycleDatasets cycles, CertificationDatasets datasets) {
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.datasets = datasets;
    }

    /** The report's data: the criteria (its rows) and its parameters (cover figures and the sections' rows). */
    public record Evidence(List<ReportRows.Criterion> criteria, Map<String, Object> parameters, long executives, long rated,
                           Map<String, Long> findingsBySeverity) {
    }

    public Evidence read(ReportRun run, long jobExecutionId) {
        String cycle = run.cycleId();
        long checkRun = run.checkRunId();
        Map<Rule, RuleFindings> findings = findings(checkRun);
        Map<String, Long> bySeverity = new java.util.LinkedHashMap<>();
        for (String severity : List.of("ERROR", "WARNING", "INFO")) {
            bySeverity.put(severity, 0L);
        }
        datasets.findingCounts(checkRun).forEach(c -> bySeverity.merge(c.severity(), c.findings(), Long::sum));

        Map<String, long[]> byStage = new HashMap<>();
        for (String stage : STAGES) {
            byStage.put(stage, cycles.unitLevels(cycle, "AGENCY", "AGENCY", stage));
        }
        LevelTable components = cycles.levels(cycle, "COMPONENT", "FINAL");
        LevelTable types = cycles.levels(cycle, "APPOINTMENT_TYPE", "FINAL");
        List<PayByLevel> pay = cycles.payByLevel(cycle);
        List<ComponentRatings> componentRatings = cycles.componentRatings(cycle);
        Double agencyMean = cycles.agencyMeanFinal(cycle);
        List<PrbComposition> prbs = datasets.prbComposition(cycle);
        CertificationDatasets.ProcessSummary process = datasets.processSummary(cycle);
        Map<Rule, List<String>> evidence = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            if (rule.scope() == Scope.AGENCY && findings.containsKey(rule)) {
                evidence.put(rule, datasets.evidence(checkRun, rule.name()));
            }
        }
        long planSubjects = datasets.subjectsWithFindings(checkRun, List.of(Rule.PLAN_MISSING_ELEMENT.name(), Rule.PLAN_WEIGHT_TOTAL.name(),
                Rule.PLAN_RD_MIN_WEIGHT.name(), Rule.PLAN_ELEMENT_MIN_WEIGHT.name(), Rule.PLAN_ELEMENT_OVER_RD.name()));
        long[] careerFinal = types.units().getOrDefault("CAREER", new long[6]);
        Facts facts = new Facts(run.policy().policy(), process.executives(), process.rated(), findings, planSubjects, process,
                datasets.elementWeights(cycle), byStage.get("INITIAL"), byStage.get("PRB"), byStage.get("FINAL"), careerFinal, pay,
                componentRatings, agencyMean, prbs, evidence);

        Map<String, Object> p = new HashMap<>();
        cover(p, run, jobExecutionId, process, bySeverity);
        distributions(p, byStage, components, types);
        pay(p, pay);
        organization(p, componentRatings, agencyMean, datasets.rulesBySubject(checkRun, "ORG_"));
        compliance(p, process, prbs, findings, datasets.rulesBySubject(checkRun, "PRB_"), run.policy().policy().prb().minimumMembers());
        List<RuleLine> rules = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            if (rule.scope() != Scope.GOAL) {
                rules.add(CertificationCriteria.line(rule, findings.get(rule)));
            }
        }
        p.put("RULE_ROWS", RecordDataSource.of(RuleLine.class, rules));
        List<FindingLine> all = new ArrayList<>();
        FindingsExport.forEach(jdbc, checkRun, f -> all.add(new FindingLine(f.severity(), f.rule(), f.subject(), f.message(), f.evidence())));
        p.put("FINDING_ROWS", RecordDataSource.of(FindingLine.class, all));
        return new Evidence(CertificationCriteria.sections(facts), p, process.executives(), process.rated(), bySeverity);
    }

    private Map<Rule, RuleFindings> findings(long checkRun) {
        Map<Rule, long[]> counts = new EnumMap<>(Rule.class);
        for (FindingCount c : datasets.findingCounts(checkRun)) {
            long[] n = counts.computeIfAbsent(Rule.valueOf(c.rule()), r -> new long[4]);
            n[switch (c.severity()) {
                case "ERROR" -> 0;
                case "WARNING" -> 1;
                default -> 2;
            }] += c.findings();
            n[3] += c.subjects();
        }
        Map<Rule, RuleFindings> findings = new EnumMap<>(Rule.class);
        counts.forEach((rule, n) -> findings.put(rule, new RuleFindings(n[0], n[1], n[2], n[3])));
        return findings;
    }

    private void cover(Map<String, Object> p, ReportRun run, long jobExecutionId, CertificationDatasets.ProcessSummary process,
                       Map<String, Long> bySeverity) {
        p.put("AGENCY", run.agency());
        p.put("CYCLE_ID", run.cycleId());
        p.put("PERIOD", run.periodStart() + " to " + run.periodEnd());
        p.put("POLICY_ID", run.policy().policy().id());
        p.put("POLICY_TITLE", run.policy().policy().title());
        p.put("POLICY_SOURCE", run.policy().source());
        p.put("POLICY_SHA256", run.policy().sha256());
        p.put("LOAD_ID", run.loadId());
        p.put("CHECK_RUN_ID", run.checkRunId());
        p.put("CHECKED_AT", run.checkFinishedAt());
        p.put("REPORT_RUN_ID", run.runId());
        p.put("JOB_EXECUTION_ID", jobExecutionId);
        p.put("PROGRAM", org.sescert.system.Version.program());
        p.put("GENERATED_AT", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
                Locale.US)));
        p.put("EXECUTIVES", process.executives());
        p.put("RATED", process.rated());
        p.put("ERRORS", bySeverity.get("ERROR"));
        p.put("WARNINGS", bySeverity.get("WARNING"));
        p.put("INFOS", bySeverity.get("INFO"));
        p.put("INPUTS", RecordDataSource.of(ReportRows.Input.class, run.inputs(jdbc)));
    }

    private static void distributions(Map<String, Object> p, Map<String, long[]> byStage, LevelTable components, LevelTable types) {
        List<LevelRow> stageRows = new ArrayList<>();
        List<Bar> stageBars = new ArrayList<>();
        for (int s = 0; s < STAGES.length; s++) {
            long[] levels = byStage.get(STAGES[s]);
            stageRows.add(row(STAGE_NAMES[s], levels));
            for (int level = 1; level <= 5; level++) {
                stageBars.add(new Bar(STAGE_NAMES[s], LEVEL_NAMES[level], (double) levels[level]));
            }
        }
        p.put("STAGE_ROWS", RecordDataSource.of(LevelRow.class, stageRows));
        p.put("STAGE_BARS", RecordDataSource.of(Bar.class, stageBars));
        p.put("COMPONENT_ROWS", RecordDataSource.of(LevelRow.class, rows(components.units(), byStage.get("FINAL"))));
        p.put("COMPONENT_BARS", RecordDataSource.of(Bar.class, shareBars(components.units())));
        Map<String, long[]> typeUnits = new java.util.LinkedHashMap<>();
        APPOINTMENT_TYPES.forEach(t -> {
            if (types.units().containsKey(t)) {
                typeUnits.put(t, types.units().get(t));
            }
        });
        types.units().forEach(typeUnits::putIfAbsent);
        p.put("TYPE_ROWS", RecordDataSource.of(LevelRow.class, rows(typeUnits, byStage.get("FINAL"))));
        p.put("TYPE_BARS", RecordDataSource.of(Bar.class, shareBars(typeUnits)));
    }

    private static List<LevelRow> rows(Map<String, long[]> units, long[] agency) {
        List<LevelRow> rows = new ArrayList<>();
        units.forEach((unit, levels) -> rows.add(row(unit, levels)));
        rows.add(row("All executives", agency));
        return rows;
    }

    /** Each unit's levels as shares, so units of different sizes compare at a glance. */
    private static List<Bar> shareBars(Map<String, long[]> units) {
        List<Bar> bars = new ArrayList<>();
        for (int level = 5; level >= 1; level--) {
            for (Map.Entry<String, long[]> unit : units.entrySet()) {
                long n = CertificationCriteria.total(unit.getValue());
                bars.add(new Bar(LEVEL_NAMES[level], unit.getKey(), n == 0 ? 0.0 : 100.0 * unit.getValue()[level] / n));
            }
        }
        return bars;
    }

    static LevelRow row(String label, long[] levels) {
        long total = CertificationCriteria.total(levels);
        long weighted = 0;
        for (int level = 1; level <= 5; level++) {
            weighted += level * levels[level];
        }
        return new LevelRow(label, levels[1], levels[2], levels[3], levels[4], levels[5], total,
                total == 0 ? null : 100.0 * (levels[4] + levels[5]) / total, total == 0 ? null : (double) weighted / total);
    }

    private static void pay(Map<String, Object> p, List<PayByLevel> pay) {
        List<PayRow> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        Map<Integer, PayByLevel> byLevel = new HashMap<>();
        pay.forEach(l -> byLevel.put(l.level(), l));
        for (int level = 5; level >= 1; level--) {
            PayByLevel l = byLevel.get(level);
            if (l == null) {
                continue;
            }
            PayByLevel below = byLevel.get(level - 1);
            String range = l.minPaidAwardPercent() == null ? "" : String.format(Locale.US, "%.2f-%.2f", l.minPaidAwardPercent(), l.maxPaidAwardPercent());
            String overlap = below == null || below.maxPaidAwardPercent() == null || l.minPaidAwardPercent() == null ? ""
                    : below.maxPaidAwardPercent() > l.minPaidAwardPercent() ? String.format(Locale.US, "yes: L%d up to %.2f", level - 1,
                    below.maxPaidAwardPercent()) : "no";
            rows.add(new PayRow("Level " + level, l.executives(), l.meanRaisePercent(), l.medianRaisePercent(), l.meanCareerAwardPercent(),
                    l.medianCareerAwardPercent(), l.awardsPaid(), range, overlap));
            bars.add(new Bar("Mean raise %", "Level " + level, tenths(l.meanRaisePercent())));
            bars.add(new Bar("Mean career award %", "Level " + level, tenths(l.meanCareerAwardPercent())));
        }
        p.put("PAY_ROWS", RecordDataSource.of(PayRow.class, rows));
        p.put("PAY_BARS", RecordDataSource.of(Bar.class, bars));
    }

    /** Chart labels to one decimal. */
    private static double tenths(Double value) {
        return value == null ? 0.0 : Math.round(value * 10) / 10.0;
    }

    private static void organization(Map<String, Object> p, List<ComponentRatings> components, Double agencyMean,
                                     Map<String, List<String>> rulesBySubject) {
        List<ComponentRow> rows = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        for (ComponentRatings c : components) {
            rows.add(new ComponentRow(c.component(), c.score() == null ? "none" : String.format(Locale.US, "%.1f", c.score()), c.level(), c.rated(), c.rated() == 0 ? null : c.meanFinal(),
                    String.join(", ", rulesBySubject.getOrDefault(c.component(), List.of()))));
            if (c.score() != null && c.rated() > 0) {
                points.add(new Point("Component", c.score(), c.meanFinal()));
            }
        }
        p.put("ORG_ROWS", RecordDataSource.of(ComponentRow.class, rows));
        p.put("ORG_POINTS", RecordDataSource.of(Point.class, points));
        p.put("AGENCY_MEAN", agencyMean == null ? null : String.format(Locale.US, "%.2f", agencyMean));
    }

    private static void compliance(Map<String, Object> p, CertificationDatasets.ProcessSummary s, List<PrbComposition> prbs,
                                   Map<Rule, RuleFindings> findings, Map<String, List<String>> prbRules, int minimumMembers) {
        List<Figure> figures = List.of(
                new Figure("Plans communicated on or before the appraisal start", s.plansOnTime(), s.executives(), "PLAN_LATE otherwise"),
                new Figure("Plans communicated after the appraisal start", s.plansLate(), s.executives(), "PLAN_LATE"),
                new Figure("Plans with no communication date", s.plansUndated(), s.executives(), ""),
                new Figure("Progress reviews recorded", s.progressReviews(), s.executives(), "PROC_NO_PROGRESS_REVIEW"),
                new Figure("Initial ratings shared with the executive", s.initialShared(), s.executives(), "PROC_PRB_BEFORE_SHARED"),
                new Figure("PRB reviews recorded", s.prbReviewed(), s.executives(), ""),
                new Figure("Higher-level reviews requested", s.hlrRequested(), s.executives(), ""),
                new Figure("Higher-level reviews given", s.hlrGiven(), s.hlrRequested(), "PROC_HLR_NOT_PROVIDED"));
        p.put("PROCESS_FIGURES", RecordDataSource.of(Figure.class, figures));
        List<RuleLine> rules = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            if (rule.name().startsWith("PROC_") || rule.name().startsWith("PRB_")) {
                rules.add(CertificationCriteria.line(rule, findings.get(rule)));
            }
        }
        p.put("PROCESS_RULES", RecordDataSource.of(RuleLine.class, rules));
        List<PrbRow> rows = new ArrayList<>();
        for (PrbComposition b : prbs) {
            String majority = b.members() == 0 ? "no members" : 2 * b.careerMembers() > b.members() ? "yes" : "no";
            rows.add(new PrbRow(b.prbId(), b.members(), b.careerMembers(), majority, b.reviewed(), b.careerReviewed(),
                    String.join(", ", prbRules.getOrDefault(b.prbId(), List.of()))));
        }
        p.put("PRB_ROWS", RecordDataSource.of(PrbRow.class, rows));
        p.put("PRB_MINIMUM", minimumMembers);
    }
}
