package org.sescert.goals;

import java.util.Collection;

/**
 * How often an indicator reports. Inferred from its actuals, since the workbook does not say: an
 * indicator that reports once a year must not be called stale in the three quarters it never reports.
 */
public enum ReportingCadence {
    QUARTERLY, ANNUAL;

    /**
     * ANNUAL when at least two actuals all fall in the same quarter of the fiscal year; otherwise
     * QUARTERLY, which is what the statute's quarterly review expects when there is too little to tell.
     */
    public static ReportingCadence infer(Collection<Quarter> reported) {
        boolean oneQuarterOfYear = reported.stream().map(Quarter::quarter).distinct().count() == 1;
        return reported.size() >= 2 && oneQuarterOfYear ? ANNUAL : QUARTERLY;
    }

    String word() {
        return this == QUARTERLY ? "quarterly" : "annual";
    }
}
