package org.sescert.analytics;

/**
 * Kendall's tau-b from a contingency table (rows and columns both ordered), so that the
 * correlation of level and award % over a whole cycle is computed from the aggregate SQL
 * returns, not from a million executives held in memory. Tested against Hipparchus's
 * KendallsCorrelation on the expanded data.
 */
public final class KendallTau {

    private KendallTau() {
    }

    /** @param table counts, table[row][column], rows and columns in ascending order; NaN when a margin is constant */
    public static double tauB(long[][] table) {
        int rows = table.length;
        int cols = rows == 0 ? 0 : table[0].length;
        // greater[i][j]: executives in rows >= i and columns >= j; smaller[i][j + 1]: rows >= i and columns <= j.
        double[][] greater = new double[rows + 1][cols + 2];
        double[][] smaller = new double[rows + 1][cols + 2];
        for (int i = rows - 1; i >= 0; i--) {
            for (int j = cols - 1; j >= 0; j--) {
                greater[i][j] = table[i][j] + greater[i + 1][j] + greater[i][j + 1] - greater[i + 1][j + 1];
            }
            for (int j = 0; j < cols; j++) {
                smaller[i][j + 1] = table[i][j] + smaller[i + 1][j + 1] + smaller[i][j] - smaller[i + 1][j];
            }
        }
        double concordant = 0;
        double discordant = 0;
        double n = 0;
        double rowTies = 0;
        double colTies = 0;
        double[] colTotals = new double[cols];
        for (int i = 0; i < rows; i++) {
            double rowTotal = 0;
            for (int j = 0; j < cols; j++) {
                double c = table[i][j];
                concordant += c * greater[i + 1][j + 1];
                discordant += c * smaller[i + 1][j];
                rowTotal += c;
                colTotals[j] += c;
            }
            n += rowTotal;
            rowTies += rowTotal * (rowTotal - 1) / 2;
        }
        for (double c : colTotals) {
            colTies += c * (c - 1) / 2;
        }
        double pairs = n * (n - 1) / 2;
        return (concordant - discordant) / Math.sqrt((pairs - rowTies) * (pairs - colTies));
    }
}
