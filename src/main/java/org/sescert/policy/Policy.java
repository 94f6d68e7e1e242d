package org.sescert.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sescert.findings.Finding;
import org.sescert.findings.Rule;
import org.sescert.findings.Severity;

/**
 * A policy pack: the rules of one SES appraisal system as data (spec section 5). Loaded from a
 * YAML file by {@link PolicyCatalog}; every rule reads its thresholds from here.
 */
public record Policy(String id, String title, int defaultFromFiscalYear, List<Element> elements, String leadElement,
                     Weights weights, Derivation derivation, Timing timing, Prb prb, Actions actions, Awards awards,
                     Pay pay, Distribution distribution, Analytics analytics, Map<String, Severity> severities) {

    public Policy {
        elements = List.copyOf(elements);
        severities = severities == null ? Map.of() : Map.copyOf(severities);
    }

    /** A critical element: its code, the name plans use, and other spellings accepted. */
    public record Element(String code, String name, List<String> aliases) {
        public Element {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    public record Weights(int total, int leadMinimum, int otherMinimum, boolean leadMustBeHeaviest) {
    }

    /** @param points point value of each element level; @param bands lowest score of each summary level */
    public record Derivation(Map<Integer, Integer> points, List<Band> bands, int unsatisfactoryElementLevel) {
        public Derivation {
            points = Map.copyOf(points);
            bands = bands.stream().sorted((a, b) -> Integer.compare(b.minScore(), a.minScore())).toList();
        }
    }

    public record Band(int level, int minScore) {
    }

    public record Timing(int minimumPeriodDays, int transitionDays) {
    }

    public record Prb(int minimumMembers, boolean careerMajority) {
    }

    public record Actions(int unsatisfactoryLevel, int twoUnsatisfactoryYears, int fullySuccessfulLevel, int twoBelowFullySuccessfulYears) {
    }

    /**
     * Performance awards (5 U.S.C. 5384). Percentages of money are compared in whole dollars: see
     * {@code PayRules}.
     *
     * @param minimumPercent      each award at least this share of the executive's basic pay (5384(b)(2))
     * @param maximumPercent      each award at most this share (5384(b)(2))
     * @param aggregateCapPercent the agency's awards for the year may total the greater of this share of
     *                            its aggregate career basic pay (5384(b)(3)(A)) ...
     * @param averageCapPercent   ... and this share of its average career basic pay (5384(b)(3)(B))
     * @param poolBudgetPercent   optional: the agency's own budget for each pay pool, as a share of the
     *                            pool's career basic pay; a pool over it is INFO. Null: no pool budgets
     */
    public record Awards(boolean careerOnly, int minimumFinalLevel, BigDecimal minimumPercent, BigDecimal maximumPercent,
                         BigDecimal aggregateCapPercent, BigDecimal averageCapPercent, BigDecimal poolBudgetPercent) {
    }

    /** @param systemCertified whether the agency's appraisal system is certified, which sets the pay maximum */
    public record Pay(int noIncreaseBelowLevel, BigDecimal level3IncreaseCapPercent, BigDecimal maximumBasicPay,
                      BigDecimal maximumBasicPayUncertified, boolean systemCertified) {

        public BigDecimal maximum() {
            return systemCertified ? maximumBasicPay : maximumBasicPayUncertified;
        }
    }

    /**
     * The analytics thresholds (spec section 7).
     *
     * @param minimumUnitSize            units smaller than this are left out of distribution analyses
     * @param quotaProbability           family-wise lower-tail chi-square probability under which units are "too alike"
     * @param prbCurveShare              share of a PRB's executives moved in one direction that counts as a curve
     * @param noDistinctionShare         share of one level in a unit that counts as no distinction
     * @param orgBottomScore             an assessment score under this is bottom tier
     * @param orgBottomLevel             an assessment level at or under this is bottom tier
     * @param alignmentRho               Spearman rho under which ratings and assessments are weakly aligned
     * @param alignmentMinimumComponents fewest components for the alignment test
     * @param payTau                     Kendall's tau between level and award % under which pay does not follow rating
     */
    public record Analytics(int minimumUnitSize, double quotaProbability, double prbCurveShare, double noDistinctionShare,
                            double orgBottomScore, int orgBottomLevel, double alignmentRho, int alignmentMinimumComponents,
                            double payTau) {
    }

    public record Distribution(boolean forcedDistributionProhibited, BigDecimal highRatingCapPercent, Integer highRatingCapMinimumCareer) {
    }

    /** The element a plan names, by code, name or alias, without regard to case and punctuation. */
    public Optional<Element> element(String codeOrName) {
        // Plans almost always name elements by code: that needs no normalizing (this runs for every element of every plan).
        for (Element e : elements) {
            if (e.code().equals(codeOrName)) {
                return Optional.of(e);
            }
        }
        String key = key(codeOrName);
        return elements.stream()
                .filter(e -> key(e.code()).equals(key) || key(e.name()).equals(key) || e.aliases().stream().anyMatch(a -> key(a).equals(key)))
                .findFirst();
    }

    /** Upper case, letters and digits only: what {@code toUpperCase(ROOT).replaceAll("[^A-Z0-9]+", "")} gives, without a regex. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String upper = text.toUpperCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(upper.length());
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** A rule's severity under this pack: the pack's own, or the catalogue's default. */
    public Severity severity(Rule rule) {
        return severities.getOrDefault(rule.name(), rule.severity());
    }

    /** A finding of a rule at the severity this pack gives it. */
    public Finding finding(Rule rule, String subject, String message, String evidence) {
        return new Finding(rule, severity(rule), rule.scope(), subject, message, evidence);
    }
}
