package org.sescert.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.sescert.findings.Finding;
import org.sescert.policy.Policy;
import org.sescert.findings.Rule;

/** Pay and awards of one executive against the policy (5 U.S.C. 5382, 5384; OPM's 2025 changes). */
public final class PayRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PayRules() {
    }

    public record ExecutivePay(String executiveId, String appointmentType, Integer finalLevel, BigDecimal basicPayBefore,
                               BigDecimal basicPayAfter, BigDecimal award) {

        BigDecimal awardPercent() {
            return percentOf(award);
        }

        BigDecimal raisePercent() {
            return percentOf(basicPayAfter.subtract(basicPayBefore));
        }

        /** For display only: rules compare exactly, so that 20.004% is over 20%. */
        private BigDecimal percentOf(BigDecimal amount) {
            return basicPayBefore.signum() == 0 ? BigDecimal.ZERO : amount.multiply(HUNDRED).divide(basicPayBefore, 2, RoundingMode.HALF_EVEN);
        }

        /** Compares amount / basic pay with a percentage without rounding: amount x 100 against percent x basic pay. */
        int compareShare(BigDecimal amount, BigDecimal percent) {
            return amount.multiply(HUNDRED).compareTo(percent.multiply(basicPayBefore));
        }
    }

    public static List<Finding> check(ExecutivePay p, Policy policy) {
        List<Finding> findings = new ArrayList<>();
        Policy.Awards awards = policy.awards();
        Policy.Pay pay = policy.pay();
        String id = p.executiveId();
        String level = p.finalLevel() == null ? "no final rating" : "final L" + p.finalLevel();
        // Without a final rating the rating is the finding (RATING_MISSING); no rule here judges
        // pay against a level that is not there.
        if (p.award().signum() > 0) {
            if (p.finalLevel() != null && p.finalLevel() < awards.minimumFinalLevel()) {
                findings.add(policy.finding(Rule.PAY_AWARD_BELOW_FS, id,
                        "A performance award was paid with a final rating below Level " + awards.minimumFinalLevel() + "; awards need a fully successful rating.",
                        "award " + p.awardPercent() + "% of basic pay; " + level));
            }
            if (awards.careerOnly() && !"CAREER".equals(p.appointmentType())) {
                findings.add(policy.finding(Rule.PAY_AWARD_NONCAREER, id,
                        "A performance award was paid to a " + p.appointmentType() + " appointee; only career executives may receive one.",
                        "award " + p.awardPercent() + "% of basic pay; appointment " + p.appointmentType()));
            }
            if (p.compareShare(p.award(), awards.minimumPercent()) < 0 || p.compareShare(p.award(), awards.maximumPercent()) > 0) {
                findings.add(policy.finding(Rule.PAY_AWARD_RANGE, id,
                        "The performance award is outside " + plain(awards.minimumPercent()) + "-" + plain(awards.maximumPercent()) + "% of basic pay.",
                        "award " + p.awardPercent() + "% of basic pay before adjustment; allowed " + plain(awards.minimumPercent()) + "-"
                                + plain(awards.maximumPercent()) + "%"));
            }
        }
        boolean raised = p.basicPayAfter().compareTo(p.basicPayBefore()) > 0;
        if (raised && p.finalLevel() != null && p.finalLevel() < pay.noIncreaseBelowLevel()) {
            findings.add(policy.finding(Rule.PAY_RAISE_BELOW_FS, id,
                    "Basic pay was increased with a final rating below Level " + pay.noIncreaseBelowLevel() + "; no increase is allowed.",
                    "raise " + p.raisePercent() + "%; " + level));
        }
        if (raised && pay.level3IncreaseCapPercent() != null && Integer.valueOf(3).equals(p.finalLevel())
                && p.compareShare(p.basicPayAfter().subtract(p.basicPayBefore()), pay.level3IncreaseCapPercent()) > 0) {
            findings.add(policy.finding(Rule.PAY_RAISE_CAP_L3, id,
                    "A Level 3 rating allows a basic-pay increase of at most " + plain(pay.level3IncreaseCapPercent()) + "%.",
                    "raise " + p.raisePercent() + "% > " + plain(pay.level3IncreaseCapPercent()) + "%; final L3"));
        }
        if (p.basicPayAfter().compareTo(pay.maximum()) > 0) {
            findings.add(policy.finding(Rule.PAY_MAX_EXCEEDED, id,
                    "Basic pay is above the year's maximum for an agency " + (pay.systemCertified() ? "with" : "without") + " a certified system.",
                    "basic pay after adjustment " + plain(p.basicPayAfter()) + " > maximum " + plain(pay.maximum())));
        }
        return findings;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
