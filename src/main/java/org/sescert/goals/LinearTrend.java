package org.sescert.goals;

/**
 * An ordinary least-squares line y = intercept + slopePerQuarter * x, with x in quarters since the
 * indicator's baseline quarter. Written out rather than taken from a library: it is five sums, and
 * the review must be able to state exactly what it did.
 *
 * @param n                     points fitted
 * @param meanX                 their mean x
 * @param sumSquaresX           Sxx, the sum of squared deviations of x from its mean
 * @param residualStandardError s = sqrt(SSE / (n - 2)); exactly 0 when the points lie on the line
 */
public record LinearTrend(int n, double slopePerQuarter, double intercept, double residualStandardError, double meanX, double sumSquaresX) {

    // Residuals this small against the data are rounding, not scatter: the points lie on the line.
    private static final double PERFECT_FIT = 1e-9;

    /** Fits at least 3 points with at least 2 distinct x. */
    public static LinearTrend fit(double[] x, double[] y) {
        int n = x.length;
        if (n != y.length || n < 3) {
            throw new IllegalArgumentException("A trend needs at least 3 points, with as many x as y; got " + x.length + " x and " + y.length + " y.");
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i] / n;
            meanY += y[i] / n;
        }
        double sxx = 0;
        double sxy = 0;
        double scale = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
            scale = Math.max(scale, Math.abs(y[i]));
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("A trend needs points in at least 2 different quarters.");
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double residual = y[i] - (intercept + slope * x[i]);
            sse += residual * residual;
        }
        double s = Math.sqrt(sse / (n - 2));
        return new LinearTrend(n, slope, intercept, s <= PERFECT_FIT * scale ? 0 : s, meanX, sxx);
    }

    public int degreesOfFreedom() {
        return n - 2;
    }

    public double valueAt(double x) {
        return intercept + slopePerQuarter * x;
    }

    /** The standard error of a new observation at x0: s * sqrt(1 + 1/n + (x0 - mean x)^2 / Sxx). */
    public double predictionStandardError(double x0) {
        return residualStandardError * Math.sqrt(1 + 1.0 / n + (x0 - meanX) * (x0 - meanX) / sumSquaresX);
    }

    public boolean isPerfectFit() {
        return residualStandardError == 0;
    }
}
