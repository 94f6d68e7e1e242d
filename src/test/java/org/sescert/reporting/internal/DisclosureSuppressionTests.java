package org.sescert.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sescert.reporting.internal.DisclosureSuppression.CountTable;

/** Small-cell suppression: the primary rule, the complementary rule, and that together they leave nothing to subtract. */
class DisclosureSuppressionTests {

    private static boolean[][] suppress(long[][] cells) {
        return DisclosureSuppression.suppress(CountTable.of(cells, true, true), 4, null);
    }

    @Test
    void aCellOfThreeIsHiddenAndACellOfFourIsShown() {
        boolean[][] hidden = DisclosureSuppression.suppress(CountTable.of(new long[][] {{3, 4, 10}}, false, false), 4, null);
        assertThat(hidden[0]).startsWith(true, false, false);
    }

    @Test
    void aZeroIsHiddenLikeAOne() {
        boolean[][] hidden = DisclosureSuppression.suppress(CountTable.of(new long[][] {{0, 12, 10}}, false, false), 4, null);
        assertThat(hidden[0][0]).isTrue();
    }

    @Test
    void aLoneSmallCellInARowWithATotalTakesTheSmallestOtherCellWithIt() {
        // 3 | 9 | 20, total 32: 3 could be worked out as 32 - 9 - 20.
        boolean[][] hidden = DisclosureSuppression.suppress(CountTable.of(new long[][] {{3, 9, 20}}, true, false), 4, null);
        assertThat(hidden[0]).containsExactly(true, true, false, false);
    }

    @Test
    void theComplementDoesNotOpenAColumnItCannotClose() {
        //          L1  L2  L3 | total
        // unit A    3  10  12 |  25
        // unit B    8   9  15 |  32
        // unit C    7  11   6 |  24
        //          18  30  33 |  81
        boolean[][] hidden = suppress(new long[][] {{3, 10, 12}, {8, 9, 15}, {7, 11, 6}});
        assertNoLineHidesExactlyOne(hidden, 3, 3);
        assertThat(hidden[0][0]).isTrue();
        // Column L1 must hide a second cell, and the row that cell is in a second one too.
        assertThat(hidden[1][0] || hidden[2][0] || hidden[3][0]).isTrue();
    }

    @Test
    void aUnitOfThreePeopleIsHiddenWholeAndTheTotalsAroundItStayUnworkable() {
        long[][] cells = {{0, 1, 2}, {10, 20, 30}, {12, 25, 40}};
        boolean[][] hidden = suppress(cells);
        assertThat(hidden[0]).as("the unit of 3, its total included").containsOnly(true);
        assertNoLineHidesExactlyOne(hidden, 3, 3);
    }

    @Test
    void aForcedTotalIsHiddenAndCarriesItsComplements() {
        boolean[][] forced = new boolean[3][3];
        forced[2][0] = true;
        boolean[][] hidden = DisclosureSuppression.suppress(CountTable.of(new long[][] {{10, 20}, {30, 40}}, true, true), 4, forced);
        assertThat(hidden[2][0]).isTrue();
        assertNoLineHidesExactlyOne(hidden, 2, 2);
    }

    @Test
    void inRandomTablesEverySmallCellIsHiddenAndNoLineHidesExactlyOne() {
        Random random = new Random(2026);
        for (int n = 0; n < 2000; n++) {
            int rows = 1 + random.nextInt(8);
            int columns = 1 + random.nextInt(5);
            long[][] cells = new long[rows][columns];
            for (long[] row : cells) {
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextInt(4) == 0 ? random.nextInt(4) : random.nextInt(60);
                }
            }
            boolean[][] hidden = suppress(cells);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (cells[r][c] < 4) {
                        assertThat(hidden[r][c]).isTrue();
                    }
                }
            }
            assertNoLineHidesExactlyOne(hidden, rows, columns);
        }
    }

    /** Every row with its total, every column with its total, and the totals' own lines: none hides exactly one entry. */
    static void assertNoLineHidesExactlyOne(boolean[][] hidden, int rows, int columns) {
        List<String> lonely = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            int n = 0;
            for (int c = 0; c <= columns; c++) {
                n += hidden[r][c] ? 1 : 0;
            }
            if (n == 1) {
                lonely.add("row " + r);
            }
        }
        for (int c = 0; c <= columns; c++) {
            int n = 0;
            for (int r = 0; r <= rows; r++) {
                n += hidden[r][c] ? 1 : 0;
            }
            if (n == 1) {
                lonely.add("column " + c);
            }
        }
        assertThat(lonely).as("lines hiding exactly one entry").isEmpty();
    }
}
