package org.sescert.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How the review writes numbers in evidence: short, and never rounded across the threshold it is compared with. */
final class Numbers {

    private Numbers() {
    }

    /** At most three decimals, no trailing zeros: 80, 61.2, 0.632. */
    static String value(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A probability in two decimals, or four when two would round it onto or over the threshold (0.4996 < 0.5). */
    static String probability(double p, double threshold) {
        String two = String.format(Locale.ROOT, "%.2f", p);
        boolean crosses = (p < threshold) != (Double.parseDouble(two) < threshold);
        return crosses ? String.format(Locale.ROOT, "%.4f", p) : two;
    }

    static String percent(double share) {
        return value(share * 100) + "%";
    }
}
