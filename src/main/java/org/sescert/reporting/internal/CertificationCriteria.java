package org.sescert.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.sescert.analytics.OrgAssessmentAnalysis.ComponentRatings;
import org.sescert.datasets.CertificationDatasets.ElementWeight;
import org.sescert.datasets.CertificationDatasets.PrbComposition;
import org.sescert.datasets.CertificationDatasets.ProcessSummary;
import org.sescert.datasets.CycleDatasets.PayByLevel;
import org.sescert.findings.Rule;
import org.sescert.policy.Policy;
import org.sescert.reporting.internal.ReportRows.Criterion;
import org.sescert.reporting.internal.ReportRows.RuleLine;

/**
 * The nine certification criteria of 5 CFR 430.404(a), each with what the cycle's data shows
 * about it, the rules and datasets that bear on it, and what the data cannot show, for which the
 * designee attaches a narrative. A pure function of the facts the datasets give.
 */
public final class CertificationCriteria {

    /** Findings of one rule: by severity (ERROR, WARNING, INFO) and how many subjects they concern. */
    public record RuleFindings(long errors, long warnings, long infos, long subjects) {
        public long total() {
            return errors + warnings + infos;
        }
    }

    /**
     * What the datasets say about the cycle. Level counts are indexed 1..5.
     *
     * @param findings    the check run's findings by rule (rules without findings absent)
     * @param planSubjects executives with at least one plan finding
     * @param evidence    the evidence lines of the agency-level rules that fired, by rule
     */
    public record Facts(Policy policy, long executives, long rated, Map<Rule, RuleFindings> findings, long planSubjects,
                        ProcessSummary process, List<ElementWeight> weights, long[] initial, long[] prb, long[] fin, long[] careerFinal,
                        List<PayByLevel> pay, List<ComponentRatings> components, Double agencyMean, List<PrbComposition> prbs,
                        Map<Rule, List<String>> evidence) {
    }

    private CertificationCriteria() {
    }

    public static List<Criterion> sections(Facts f) {
        return List.of(alignment(f), consultation(f), results(f), balance(f), assessments(f), oversight(f), accountability(f),
                performanceDifferentiation(f), payDifferentiation(f));
    }

    private static Criterion alignment(Facts f) {
        Policy p = f.policy();
        String elements = p.elements().stream().map(Policy.Element::code).collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.US, "Plans on record: %,d of %,d executives have element ratings. Under %s every plan must carry the %d "
                        + "critical elements (%s), weights adding up to %d, the lead element %s at %d%% or more%s.%n", f.process().plans(),
                f.executives(), p.id(), p.elements().size(), elements, p.weights().total(), p.leadElement(), p.weights().leadMinimum(),
                p.weights().leadMustBeHeaviest() ? " and no element weighted above it" : ""));
        text.append(String.format(Locale.US, "%s at least one of these rules (the PLAN_ findings below); the other %,d meet them.%n",
                n(f.planSubjects(), "executive's plan breaks", "executives' plans break"), Math.max(0, f.process().plans() - f.planSubjects())));
        text.append(orgAlignment(f));
        return new Criterion(1, "Alignment", "5 CFR 430.404(a)(1)",
                "Each executive's performance expectations are linked to or derived from the agency's mission, strategic goals, "
                        + "program and policy objectives, or annual performance plan.",
                text.toString().strip(),
                "The data holds each plan's element codes, weights and levels, not the plan's text. Whether an executive's "
                        + "performance requirements cite the strategic plan, the annual performance plan or a program objective shows only in "
                        + "the plans: attach how plans are cascaded from the strategic plan, with sample plans.",
                "element_rating (the plans), element_weights, component_ratings; the check's plan findings.",
                tally(f, PLAN_RULES, Rule.ORG_ALIGNMENT_WEAK),
                lines(f, PLAN_RULES, Rule.ORG_ALIGNMENT_WEAK));
    }

    private static Criterion consultation(Facts f) {
        ProcessSummary s = f.process();
        String text = String.format(Locale.US, "%,d of %,d plans were communicated on or before the executive's appraisal start; %,d later "
                        + "(PLAN_LATE); %,d with no date recorded.%nProgress reviews are recorded for %,d of %,d executives "
                        + "(PROC_NO_PROGRESS_REVIEW lists those with none over the minimum period: %,d).",
                s.plansOnTime(), s.executives(), s.plansLate(), s.plansUndated(), s.progressReviews(), s.executives(),
                count(f, Rule.PROC_NO_PROGRESS_REVIEW));
        return new Criterion(2, "Consultation", "5 CFR 430.404(a)(2)",
                "Performance expectations are developed with the executive's involvement and communicated at the beginning of the "
                        + "appraisal period.",
                text,
                "The data records when a plan was given, not who wrote it. Attach the procedure by which executives take part in "
                        + "writing their plans and evidence that it was followed (signed plans, acknowledgments); an undated plan needs the "
                        + "date it was given.",
                "executive_process_summary (plan dates, progress reviews).",
                tally(f, Rule.PLAN_LATE, Rule.PROC_NO_PROGRESS_REVIEW),
                lines(f, Rule.PLAN_LATE, Rule.PROC_NO_PROGRESS_REVIEW));
    }

    private static Criterion results(Facts f) {
        Policy p = f.policy();
        StringBuilder text = new StringBuilder();
        f.weights().stream().filter(w -> w.element().equals(p.leadElement())).findFirst().ifPresentOrElse(w -> text.append(String.format(Locale.US,
                        "The lead element %s is in %s and carries %.1f%% of the weight on average (from %d%% to %d%%; the policy's "
                                + "minimum is %d%%). Weighted under the minimum (PLAN_RD_MIN_WEIGHT): %,d.%n", w.element(), n(w.plans(), "plan", "plans"),
                        w.meanWeight(), w.minWeight(), w.maxWeight(), p.weights().leadMinimum(), count(f, Rule.PLAN_RD_MIN_WEIGHT))),
                () -> text.append("No plan carries the lead element " + p.leadElement() + ".\n"));
        text.append(String.format(Locale.US, "Summary ratings follow the element appraisals by the policy's formula (points times weight, then "
                + "the score bands). The check derived every rating again; recorded initial ratings that differ from the derivation "
                + "(RATING_INITIAL_MISMATCH): %,d.", count(f, Rule.RATING_INITIAL_MISMATCH)));
        return new Criterion(3, "Results", "5 CFR 430.404(a)(3)",
                "Performance expectations describe performance that is measurable, demonstrable or observable, focusing on "
                        + "organizational outputs and outcomes, policy and program objectives, milestones and the like.",
                text.toString(),
                "Whether each plan states measures, targets and timelines is in the plan's text, which the data does not hold. "
                        + "Attach sample plans or the agency's own review of plan quality.",
                "element_weights (the lead element's weight), element_rating and the derivation.",
                tally(f, Rule.PLAN_RD_MIN_WEIGHT, Rule.RATING_INITIAL_MISMATCH),
                lines(f, Rule.PLAN_RD_MIN_WEIGHT, Rule.RATING_INITIAL_MISMATCH));
    }

    private static Criterion balance(Facts f) {
        StringBuilder text = new StringBuilder("How the plans weight each element (mean weight, range, plans carrying it, mean level):\n");
        for (ElementWeight w : f.weights()) {
            text.append(String.format(Locale.US, "  %s: %.1f%% (%d%%-%d%%), %,d plans, mean level %.2f%n", w.element(), w.meanWeight(),
                    w.minWeight(), w.maxWeight(), w.plans(), w.meanLevel()));
        }
        text.append(String.format(Locale.US, "Plans lacking a required element (PLAN_MISSING_ELEMENT): %,d; weighting an element under its "
                        + "minimum (PLAN_ELEMENT_MIN_WEIGHT): %,d; weighting an element above the lead element where the policy forbids it "
                        + "(PLAN_ELEMENT_OVER_RD): %,d.", count(f, Rule.PLAN_MISSING_ELEMENT), count(f, Rule.PLAN_ELEMENT_MIN_WEIGHT),
                count(f, Rule.PLAN_ELEMENT_OVER_RD)));
        return new Criterion(4, "Balance", "5 CFR 430.404(a)(4)",
                "Performance expectations include measures of results, employee and customer or stakeholder perspectives, and the "
                        + "competencies or behaviors that contribute to outstanding performance.",
                text.toString(),
                "Weights show how plans divide attention among the elements, not whether customer, stakeholder and employee "
                        + "perspectives are measured within them. Attach how plans measure those perspectives (the surveys or feedback they "
                        + "use) and the balance of measures beyond what the weights show.",
                "element_weights, element_rating.",
                tally(f, Rule.PLAN_MISSING_ELEMENT, Rule.PLAN_ELEMENT_MIN_WEIGHT, Rule.PLAN_ELEMENT_OVER_RD),
                lines(f, Rule.PLAN_MISSING_ELEMENT, Rule.PLAN_ELEMENT_MIN_WEIGHT, Rule.PLAN_ELEMENT_OVER_RD));
    }

    private static Criterion assessments(Facts f) {
        long withExecutives = f.components().size();
        long assessed = f.components().stream().filter(c -> c.score() != null).count();
        StringBuilder text = new StringBuilder(String.format(Locale.US, "Components with executives and an organizational assessment: %,d of %,d "
                + "(ORG_ASSESSMENT_MISSING: %,d).%n", assessed, withExecutives, count(f, Rule.ORG_ASSESSMENT_MISSING)));
        List<String> bottom = new ArrayList<>();
        for (ComponentRatings c : f.components()) {
            if (c.score() != null && (c.score() < 50 || c.level() != null && c.level() <= 2)) {
                bottom.add(String.format(Locale.US, "%s (score %.0f, mean final level %.2f)", c.component(), c.score(), c.meanFinal()));
            }
        }
        text.append(bottom.isEmpty() ? "No component is in the bottom tier (score under 50 or level 2 or lower).\n"
                : "Bottom tier (score under 50 or level 2 or lower): " + String.join("; ", bottom) + ".\n");
        if (f.agencyMean() != null) {
            text.append(String.format(Locale.US, "Agency mean final level: %.2f. ORG_ASSESSMENT_IGNORED (a bottom-tier component rated at or "
                    + "above it): %,d.%n", f.agencyMean(), count(f, Rule.ORG_ASSESSMENT_IGNORED)));
        }
        text.append(orgAlignment(f));
        return new Criterion(5, "Assessments and guidelines", "5 CFR 430.404(a)(5)",
                "The agency head or a designee provides assessments of the performance of the agency overall and of each major program "
                        + "and functional area, and evaluation guidelines based on them, to executives, rating and reviewing officials and "
                        + "PRBs.",
                text.toString().strip(),
                "The data holds each component's assessment score, not whether the assessments and the evaluation guidelines were "
                        + "given to executives, rating officials and PRBs, nor when. Attach the assessment documents, the guidelines, and "
                        + "their distribution (date and recipients).",
                "org_assessment, component_ratings (see 'Organizational assessment against ratings').",
                tally(f, Rule.ORG_ASSESSMENT_MISSING, Rule.ORG_ASSESSMENT_IGNORED, Rule.ORG_ALIGNMENT_WEAK),
                lines(f, Rule.ORG_ASSESSMENT_MISSING, Rule.ORG_ASSESSMENT_IGNORED, Rule.ORG_ALIGNMENT_WEAK));
    }

    private static Criterion oversight(Facts f) {
        int minimum = f.policy().prb().minimumMembers();
        long boards = f.prbs().size();
        long small = f.prbs().stream().filter(b -> b.members() < minimum).count();
        long noMajority = f.prbs().stream().filter(b -> b.careerReviewed() > 0 && 2 * b.careerMembers() <= b.members()).count();
        String text = String.format(Locale.US, "PRBs reviewing this cycle's executives: %,d; with fewer than %d members: %,d; reviewing career "
                        + "appointees without a career majority: %,d (see 'Process and PRB compliance'). PRB findings: PRB_TOO_FEW %,d, "
                        + "PRB_CAREER_MAJORITY %,d, PRB_SELF_REVIEW %,d, PRB_NOT_PUBLISHED %,d.%n"
                        + "PRB review dates are recorded for %,d of %,d rated executives; reviewed before the initial rating was shared "
                        + "(PROC_PRB_BEFORE_SHARED): %,d. Higher-level reviews requested: %,d, given: %,d (PROC_HLR_NOT_PROVIDED: %,d). "
                        + "Final ratings that differ from the initial one without a PRB or HLR recommendation of that level "
                        + "(RATING_FINAL_UNEXPLAINED): %,d.%n"
                        + "The three things the designee certifies rest on sections 8 (distinctions), 5 (organizational performance) and 9 (pay).",
                boards, minimum, small, noMajority, count(f, Rule.PRB_TOO_FEW), count(f, Rule.PRB_CAREER_MAJORITY), count(f, Rule.PRB_SELF_REVIEW),
                count(f, Rule.PRB_NOT_PUBLISHED), f.process().prbReviewed(), f.rated(), count(f, Rule.PROC_PRB_BEFORE_SHARED),
                f.process().hlrRequested(), f.process().hlrGiven(), count(f, Rule.PROC_HLR_NOT_PROVIDED), count(f, Rule.RATING_FINAL_UNEXPLAINED));
        Rule[] rules = {Rule.PRB_TOO_FEW, Rule.PRB_CAREER_MAJORITY, Rule.PRB_SELF_REVIEW, Rule.PRB_NOT_PUBLISHED, Rule.PROC_PRB_BEFORE_SHARED,
                Rule.PROC_HLR_NOT_PROVIDED, Rule.RATING_FINAL_UNEXPLAINED};
        return new Criterion(6, "Oversight", "5 CFR 430.404(a)(6)",
                "The agency head or a designee oversees the appraisal system and certifies that the appraisal process makes meaningful "
                        + "distinctions based on relative performance, that ratings take account of organizational performance, and that pay "
                        + "adjustments, awards and levels of pay reflect individual and organizational performance.",
                text,
                "The designee's own oversight is not in the data: the review of the PRBs' recommendations, the guidance given, and the "
                        + "decisions taken on the findings of this package. Attach that record and the written certification request.",
                "prb_composition, executive_process_summary; the check's PRB and process findings.",
                tally(f, rules), lines(f, rules));
    }

    private static Criterion accountability(Facts f) {
        String text = String.format(Locale.US, "Every summary rating was derived again from its elements and weights. Recorded initial ratings "
                        + "that differ from the derivation (RATING_INITIAL_MISMATCH): %,d; final ratings changed without a recommendation of the "
                        + "new level (RATING_FINAL_UNEXPLAINED): %,d; executives past the minimum period with no final rating (RATING_MISSING): %,d.%n"
                        + "Timing: rated with fewer than %d days in the period (PROC_MIN_PERIOD): %,d; career executives rated within %d days "
                        + "of a new administration (PROC_TRANSITION): %,d.%n"
                        + "Poor performance: final ratings at Level 1, which require reassignment, transfer or removal (ACTION_UNSATISFACTORY): %,d; "
                        + "executives with two ratings that require removal: %,d (ACTION_REMOVE_TWO_UNSAT_5Y %,d, ACTION_REMOVE_TWO_BELOW_FS_3Y %,d).",
                count(f, Rule.RATING_INITIAL_MISMATCH), count(f, Rule.RATING_FINAL_UNEXPLAINED), count(f, Rule.RATING_MISSING),
                f.policy().timing().minimumPeriodDays(), count(f, Rule.PROC_MIN_PERIOD), f.policy().timing().transitionDays(),
                count(f, Rule.PROC_TRANSITION), count(f, Rule.ACTION_UNSATISFACTORY),
                count(f, Rule.ACTION_REMOVE_TWO_UNSAT_5Y) + count(f, Rule.ACTION_REMOVE_TWO_BELOW_FS_3Y),
                count(f, Rule.ACTION_REMOVE_TWO_UNSAT_5Y), count(f, Rule.ACTION_REMOVE_TWO_BELOW_FS_3Y));
        Rule[] rules = {Rule.RATING_INITIAL_MISMATCH, Rule.RATING_FINAL_UNEXPLAINED, Rule.RATING_MISSING, Rule.PROC_MIN_PERIOD,
                Rule.PROC_TRANSITION, Rule.ACTION_UNSATISFACTORY, Rule.ACTION_REMOVE_TWO_UNSAT_5Y, Rule.ACTION_REMOVE_TWO_BELOW_FS_3Y};
        return new Criterion(7, "Accountability", "5 CFR 430.404(a)(7)",
                "Executives' ratings, and for those who supervise, their subordinates' performance expectations and ratings, reflect "
                        + "performance expectations, relevant program performance measures and other relevant factors.",
                text,
                "Subordinates' plans and ratings are not in the data, nor are the actions taken after an unsatisfactory rating. Attach "
                        + "how supervisors are held accountable for their subordinates' appraisals, and what was done on each ACTION_ finding.",
                "executive (initial, PRB, final levels), element_rating, rating_history; the check's rating, timing and action findings.",
                tally(f, rules), lines(f, rules));
    }

    private static Criterion performanceDifferentiation(Facts f) {
        long[] fin = f.fin();
        long rated = total(fin);
        StringBuilder text = new StringBuilder("Final ratings: ");
        List<String> parts = new ArrayList<>();
        int modal = 0;
        int used = 0;
        for (int level = 5; level >= 1; level--) {
            parts.add(String.format(Locale.US, "Level %d %,d (%s)", level, fin[level], share(fin[level], rated)));
            if (fin[level] > 0) {
                used++;
            }
            if (modal == 0 || fin[level] > fin[modal]) {
                modal = level;
            }
        }
        text.append(String.join(", ", parts)).append(String.format(Locale.US, ".%n%d of 5 levels used; the most common rating is Level %d.%n",
                used, modal));
        long high = fin[4] + fin[5];
        long careerRated = total(f.careerFinal());
        long careerHigh = f.careerFinal()[4] + f.careerFinal()[5];
        text.append(String.format(Locale.US, "Rated Level 4 or 5: %,d of %,d (%s); career executives: %,d of %,d (%s).", high, rated,
                share(high, rated), careerHigh, careerRated, share(careerHigh, careerRated)));
        if (f.policy().distribution().highRatingCapPercent() != null) {
            text.append(String.format(Locale.US, " The policy caps career Level 4 and 5 ratings at %s%%%s.",
                    f.policy().distribution().highRatingCapPercent().stripTrailingZeros().toPlainString(),
                    f.evidence().containsKey(Rule.DIST_CAP_EXCEEDED) ? " (DIST_CAP_EXCEEDED: " + String.join("; ", f.evidence().get(Rule.DIST_CAP_EXCEEDED)) + ")"
                            : "; the career ratings are within it"));
        }
        text.append(String.format(Locale.US, "%nPRB stage: %,d initial ratings, %,d PRB recommendations, %,d finals (distribution by stage "
                        + "in 'Rating distributions'). Patterns: DIST_QUOTA_PATTERN %,d, DIST_NO_DISTINCTION %,d, DIST_PRB_CURVE %,d.",
                total(f.initial()), total(f.prb()), rated, count(f, Rule.DIST_QUOTA_PATTERN), count(f, Rule.DIST_NO_DISTINCTION),
                count(f, Rule.DIST_PRB_CURVE)));
        String narrative = "How rating officials and PRBs compared executives' relative performance (calibration) is not in the data. "
                + (modal == 5 ? "The most common final rating is Level 5: OPM asks for a justification (GAO-15-189); attach it. " : "")
                + (count(f, Rule.DIST_NO_DISTINCTION) > 0 ? "Units where one level holds nearly every rating (DIST_NO_DISTINCTION) need an "
                + "explanation. " : "")
                + "Attach the calibration process and its results.";
        Rule[] rules = {Rule.DIST_QUOTA_PATTERN, Rule.DIST_PRB_CURVE, Rule.DIST_NO_DISTINCTION, Rule.DIST_CAP_EXCEEDED};
        return new Criterion(8, "Performance differentiation", "5 CFR 430.404(a)(8)",
                "The system uses multiple rating levels, and rating officials and PRBs make meaningful distinctions among executives "
                        + "based on their relative performance.",
                text.toString(), narrative,
                "rating_distribution (by stage, component, appointment type), prb_movement; the check's distribution findings.",
                tally(f, rules), lines(f, rules));
    }

    private static Criterion payDifferentiation(Facts f) {
        StringBuilder text = new StringBuilder("By final level: mean raise / mean career award (percent of basic pay):\n");
        for (int i = f.pay().size() - 1; i >= 0; i--) {
            PayByLevel p = f.pay().get(i);
            text.append(String.format(Locale.US, "  Level %d: %s / %s (%,d executives, %,d awards)%n", p.level(), percent(p.meanRaisePercent()),
                    percent(p.meanCareerAwardPercent()), p.executives(), p.awardsPaid()));
        }
        text.append(String.format(Locale.US, "Pattern findings: PAY_NOT_MONOTONIC %,d, PAY_INVERSION %,d, PAY_LEVEL_OVERLAP %,d. Rules: award rules "
                        + "%,d (PAY_AWARD_BELOW_FS, PAY_AWARD_NONCAREER, PAY_AWARD_RANGE), pool caps %,d, raise rules %,d (PAY_RAISE_BELOW_FS, "
                        + "PAY_RAISE_CAP_L3), basic pay over the maximum %,d.",
                count(f, Rule.PAY_NOT_MONOTONIC), count(f, Rule.PAY_INVERSION), count(f, Rule.PAY_LEVEL_OVERLAP),
                count(f, Rule.PAY_AWARD_BELOW_FS) + count(f, Rule.PAY_AWARD_NONCAREER) + count(f, Rule.PAY_AWARD_RANGE),
                count(f, Rule.PAY_POOL_CAP), count(f, Rule.PAY_RAISE_BELOW_FS) + count(f, Rule.PAY_RAISE_CAP_L3), count(f, Rule.PAY_MAX_EXCEEDED)));
        for (Rule rule : List.of(Rule.PAY_NOT_MONOTONIC, Rule.PAY_LEVEL_OVERLAP)) {
            if (f.evidence().containsKey(rule)) {
                text.append(String.format("%n%s: %s", rule, String.join("; ", f.evidence().get(rule))));
            }
        }
        Rule[] rules = {Rule.PAY_NOT_MONOTONIC, Rule.PAY_INVERSION, Rule.PAY_LEVEL_OVERLAP, Rule.PAY_AWARD_BELOW_FS, Rule.PAY_AWARD_NONCAREER,
                Rule.PAY_AWARD_RANGE, Rule.PAY_POOL_CAP, Rule.PAY_RAISE_BELOW_FS, Rule.PAY_RAISE_CAP_L3, Rule.PAY_MAX_EXCEEDED};
        return new Criterion(9, "Pay differentiation", "5 CFR 430.404(a)(9)",
                "Executives who demonstrate the highest levels of individual and organizational performance receive the highest ratings "
                        + "and the largest pay adjustments, awards and levels of pay.",
                text.toString(),
                "Levels of pay over time (positioning in the range, pay set on entry) and pay decisions outside this cycle are not in "
                        + "the data. Attach the pay-setting policy, and the reasons for any inversion or overlap listed here.",
                "pay_by_level, executive_pay, pay_pool_totals, award_level_table; the check's pay findings.",
                tally(f, rules), lines(f, rules));
    }

    private static final Rule[] PLAN_RULES = {Rule.PLAN_MISSING_ELEMENT, Rule.PLAN_WEIGHT_TOTAL, Rule.PLAN_RD_MIN_WEIGHT,
            Rule.PLAN_ELEMENT_MIN_WEIGHT, Rule.PLAN_ELEMENT_OVER_RD};

    private static String orgAlignment(Facts f) {
        if (f.evidence().containsKey(Rule.ORG_ALIGNMENT_WEAK)) {
            return "Component ratings follow component assessments only weakly (ORG_ALIGNMENT_WEAK): "
                    + String.join("; ", f.evidence().get(Rule.ORG_ALIGNMENT_WEAK)) + ".";
        }
        long assessed = f.components().stream().filter(c -> c.score() != null).count();
        return assessed >= 5 ? "Component mean ratings follow component assessment scores (the check's rank-correlation test, "
                + "ORG_ALIGNMENT_WEAK, did not fire)."
                : "Too few components are assessed (" + assessed + ") for the rank-correlation test of ratings against assessments.";
    }

    private static Rule[] concat(Rule[] rules, Rule... more) {
        Rule[] all = java.util.Arrays.copyOf(rules, rules.length + more.length);
        System.arraycopy(more, 0, all, rules.length, more.length);
        return all;
    }

    private static String tally(Facts f, Rule[] rules, Rule... more) {
        return tally(f, concat(rules, more));
    }

    private static String tally(Facts f, Rule... rules) {
        long e = 0;
        long w = 0;
        long i = 0;
        for (Rule rule : rules) {
            RuleFindings n = f.findings().get(rule);
            if (n != null) {
                e += n.errors();
                w += n.warnings();
                i += n.infos();
            }
        }
        return e + w + i == 0 ? "The check raised no finding under this criterion."
                : String.format(Locale.US, "The check raised %,d ERROR, %,d WARNING and %,d INFO findings under this criterion.", e, w, i);
    }

    private static List<RuleLine> lines(Facts f, Rule[] rules, Rule... more) {
        return lines(f, concat(rules, more));
    }

    private static List<RuleLine> lines(Facts f, Rule... rules) {
        List<RuleLine> lines = new ArrayList<>();
        for (Rule rule : rules) {
            lines.add(line(rule, f.findings().get(rule)));
        }
        return lines;
    }

    static RuleLine line(Rule rule, RuleFindings n) {
        RuleFindings c = n == null ? new RuleFindings(0, 0, 0, 0) : n;
        return new RuleLine(rule.name(), rule.checks(), c.errors(), c.warnings(), c.infos(), c.total(), c.subjects());
    }

    private static long count(Facts f, Rule rule) {
        RuleFindings n = f.findings().get(rule);
        return n == null ? 0 : n.total();
    }

    static long total(long[] levels) {
        long n = 0;
        for (int level = 1; level <= 5; level++) {
            n += levels[level];
        }
        return n;
    }

    /** "1 plan", "2 plans". */
    private static String n(long count, String one, String many) {
        return String.format(Locale.US, "%,d %s", count, count == 1 ? one : many);
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.US, "%.1f%%", 100.0 * part / whole);
    }

    private static String percent(Double value) {
        return value == null ? "none" : String.format(Locale.US, "%.2f%%", value);
    }
}
