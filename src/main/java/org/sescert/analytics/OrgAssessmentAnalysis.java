package org.sescert.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.statistics.distribution.TDistribution;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.sescert.findings.Finding;
import org.sescert.policy.Policy;
import org.sescert.findings.Rule;

/** Ratings against the organizational assessment (spec section 7; model system section 12). */
public final class OrgAssessmentAnalysis {

    private OrgAssessmentAnalysis() {
    }

    /**
     * A component as the analysis sees it.
     *
     * @param score     the assessment score, or null when the component has none
     * @param rated     executives with a final rating
     * @param meanFinal their mean final level
     */
    public record ComponentRatings(String component, Double score, Integer level, long rated, double meanFinal) {
    }

    public static List<Finding> check(List<ComponentRatings> components, double agencyMean, String agencyCode, Policy policy) {
        Policy.Analytics settings = policy.analytics();
        List<Finding> findings = new ArrayList<>();
        List<ComponentRatings> assessed = new ArrayList<>();
        for (ComponentRatings c : components) {
            if (c.rated() == 0) {
                continue;
            }
            if (c.score() == null) {
                findings.add(policy.finding(Rule.ORG_ASSESSMENT_MISSING, c.component(),
                        "The component has rated executives but no organizational assessment; ratings cannot be set against it.",
                        c.rated() + " rated executives; no OrgAssessments row"));
                continue;
            }
            assessed.add(c);
            boolean bottomTier = c.score() < settings.orgBottomScore() || (c.level() != null && c.level() <= settings.orgBottomLevel());
            if (bottomTier && c.meanFinal() >= agencyMean) {
                findings.add(policy.finding(Rule.ORG_ASSESSMENT_IGNORED, c.component(),
                        "The component's assessment is in the bottom tier, yet its executives are rated at or above the agency mean.",
                        String.format(Locale.ROOT, "assessment score %s%s (bottom tier: < %s or level <= %d); mean final %.2f >= agency %.2f",
                                trim(c.score()), c.level() == null ? "" : ", level " + c.level(), trim(settings.orgBottomScore()),
                                settings.orgBottomLevel(), c.meanFinal(), agencyMean)));
            }
        }
        if (assessed.size() >= settings.alignmentMinimumComponents()) {
            double[] scores = assessed.stream().mapToDouble(ComponentRatings::score).toArray();
            double[] means = assessed.stream().mapToDouble(ComponentRatings::meanFinal).toArray();
            double rho = new SpearmansCorrelation().correlation(scores, means);
            int n = assessed.size();
            // One-sided: is there evidence that ratings rise with the assessment? t approximation, n - 2 df.
            double t = Math.abs(rho) >= 1 ? Math.copySign(Double.MAX_VALUE, rho) : rho * Math.sqrt((n - 2) / (1 - rho * rho));
            double p = TDistribution.of(n - 2).survivalProbability(t);
            if (Double.isNaN(rho) || rho < settings.alignmentRho()) {
                findings.add(policy.finding(Rule.ORG_ALIGNMENT_WEAK, agencyCode,
                        "Component ratings do not follow the components' assessments; show how ratings took the assessments into account.",
                        String.format(Locale.ROOT, "Spearman rho=%.3f < %s over %d components, one-sided p=%.4f (t approximation, %d df)",
                                rho, trim(settings.alignmentRho()), n, p, n - 2)));
            }
        }
        return findings;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
