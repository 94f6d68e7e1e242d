package org.sescert.importing;

/**
 * How much worse than the current load an import may make a cycle before it is refused.
 *
 * @param maxRejectedPercent the largest share of any sheet's rows that may be rejected
 * @param maxDropPercent     the largest drop in executives against the current load
 * @param replace            accept the load whatever it does to the cycle (the analyst has checked it)
 */
public record ImportOptions(double maxRejectedPercent, double maxDropPercent, boolean replace) {

    public static final double DEFAULT_MAX_REJECTED_PERCENT = 10;
    public static final double DEFAULT_MAX_DROP_PERCENT = 10;

    public ImportOptions {
        if (maxRejectedPercent < 0 || maxRejectedPercent > 100 || maxDropPercent < 0 || maxDropPercent > 100) {
            throw new IllegalArgumentException("percentages are from 0 to 100");
        }
    }

    public static ImportOptions defaults() {
        return new ImportOptions(DEFAULT_MAX_REJECTED_PERCENT, DEFAULT_MAX_DROP_PERCENT, false);
    }
}
