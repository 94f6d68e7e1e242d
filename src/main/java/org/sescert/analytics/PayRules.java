package org.sescert.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.sescert.findings.Finding;
import org.sescert.policy.Policy;
import org.sescert.findings.Rule;

/**
 * Pay and awards of one executive against the policy (5 U.S.C. 5382, 5384; OPM's 2025 changes).
 *
 * <p>Awards and pay are paid in whole dollars, so a percentage bound on money is compared as a
 * whole-dollar amount, rounded outward: a lower bound down, an upper bound up. The lowest award
 * allowed is 5% of basic pay rounded down to the dollar, the highest 20% rounded up; a Level 3
 * raise may reach 5% rounded up. An agency that computes 5% or 20% and rounds to the dollar either
 * way is not flagged, an amount a whole dollar past the bound always is, and the evidence prints
 * the dollar bounds it compared with, so it never contradicts itself. (Read strictly, 20% rounded
 * up pays under a dollar over 20%: the check treats that as payroll rounding, not a finding.)
 */
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

        /** For display only: the rules compare dollars. */
        private BigDecimal percentOf(BigDecimal amount) {
            return basicPayBefore.signum() == 0 ? BigDecimal.ZERO : amount.multiply(HUNDRED).divide(basicPayBefore, 2, RoundingMode.HALF_EVEN);
        }

        /** Four decimals, rounded toward the side of the bound it breaks, so that 4.9997% never prints as 5%. */
        String precisePercent(BigDecimal amount, RoundingMode towardBreach) {
            return basicPayBefore.signum() == 0 ? "-" : plain(amount.multiply(HUNDRED).divide(basicPayBefore, 4, towardBreach));
        }
    }

    /** A percentage of an amount in whole dollars: the exact product rounded down (a lower bound) or up (an upper bound). */
    public static BigDecimal dollars(BigDecimal amount, BigDecimal percent, RoundingMode mode) {
        return amount.multiply(percent).divide(HUNDRED, 0, mode);
    }

    /** The exact product, for evidence: "5% of 160490 = 8024.5". */
    static String exactShare(BigDecimal amount, BigDecimal percent) {
        return plain(percent) + "% of " + plain(amount) + " = " + plain(amount.multiply(percent).divide(HUNDRED));
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
            BigDecimal lowest = dollars(p.basicPayBefore(), awards.minimumPercent(), RoundingMode.FLOOR);
            BigDecimal highest = dollars(p.basicPayBefore(), awards.maximumPercent(), RoundingMode.CEILING);
            boolean under = p.award().compareTo(lowest) < 0;
            if (under || p.award().compareTo(highest) > 0) {
                String bound = under
                        ? " < lowest " + plain(lowest) + " (" + exactShare(p.basicPayBefore(), awards.minimumPercent()) + ", rounded down to the dollar)"
                        : " > highest " + plain(highest) + " (" + exactShare(p.basicPayBefore(), awards.maximumPercent()) + ", rounded up to the dollar)";
                findings.add(policy.finding(Rule.PAY_AWARD_RANGE, id,
                        "The performance award is outside " + plain(awards.minimumPercent()) + "-" + plain(awards.maximumPercent())
                                + "% of basic pay, " + plain(lowest) + "-" + plain(highest) + " in whole dollars.",
                        "award " + plain(p.award()) + " (" + p.precisePercent(p.award(), under ? RoundingMode.FLOOR : RoundingMode.CEILING)
                                + "% of basic pay " + plain(p.basicPayBefore()) + " before adjustment)" + bound + "; allowed " + plain(lowest)
                                + "-" + plain(highest)));
            }
        }
        boolean raised = p.basicPayAfter().compareTo(p.basicPayBefore()) > 0;
        if (raised && p.finalLevel() != null && p.finalLevel() < pay.noIncreaseBelowLevel()) {
            findings.add(policy.finding(Rule.PAY_RAISE_BELOW_FS, id,
                    "Basic pay was increased with a final rating below Level " + pay.noIncreaseBelowLevel() + "; no increase is allowed.",
                    "raise " + p.raisePercent() + "%; " + level));
        }
        if (raised && pay.level3IncreaseCapPercent() != null && Integer.valueOf(3).equals(p.finalLevel())) {
            BigDecimal raise = p.basicPayAfter().subtract(p.basicPayBefore());
            BigDecimal highest = dollars(p.basicPayBefore(), pay.level3IncreaseCapPercent(), RoundingMode.CEILING);
            if (raise.compareTo(highest) > 0) {
                findings.add(policy.finding(Rule.PAY_RAISE_CAP_L3, id,
                        "A Level 3 rating allows a basic-pay increase of at most " + plain(pay.level3IncreaseCapPercent()) + "%, "
                                + plain(highest) + " in whole dollars.",
                        "raise " + plain(raise) + " = " + plain(p.basicPayAfter()) + " - " + plain(p.basicPayBefore()) + " ("
                                + p.precisePercent(raise, RoundingMode.CEILING) + "%) > highest " + plain(highest) + " ("
                                + exactShare(p.basicPayBefore(), pay.level3IncreaseCapPercent()) + ", rounded up to the dollar); final L3"));
            }
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
