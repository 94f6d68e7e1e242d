package org.sescert.reporting.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Which entries of a count table a disclosure may show (spec section 12: small cells suppressed
 * in anything meant for publication).
 * <ol>
 *   <li>Primary: an entry counting fewer than {@code minimum} people is hidden. Zero is fewer:
 *       a lone dash among zeros would say "someone here", so zeros are hidden like ones.</li>
 *   <li>Complementary: a shown total with exactly one hidden entry in its line would give that
 *       entry away by subtraction, so every line (a row with its total, a column with its total,
 *       and the line of the totals themselves) must hide none or at least two entries. While a
 *       line hides exactly one, one more entry of that line is hidden: a cell rather than a total, and
 *       the grand total only when nothing else is left; first one whose crossing line already hides exactly one (that settles both), then one
 *       whose crossing line hides more, then any; the smallest count first, then the first in
 *       reading order. This repeats until no line hides exactly one.</li>
 * </ol>
 * The test is subtraction along rows and columns, the one a reader can do from the table; it is
 * not a linear-programming audit of every bound a determined reader could derive.
 */
public final class DisclosureSuppression {

    private DisclosureSuppression() {
    }

    /**
     * A table of counts with the totals it shows. {@code cells[r][c]}; a row total is shown for
     * every row when {@code rowTotals}, a column total for every column when {@code columnTotals},
     * and the grand total when both are.
     */
    public record CountTable(long[][] cells, int columns, boolean rowTotals, boolean columnTotals) {

        /** A table of at least one row: its columns are its first row's. */
        public static CountTable of(long[][] cells, boolean rowTotals, boolean columnTotals) {
            return new CountTable(cells, cells[0].length, rowTotals, columnTotals);
        }

        public int rows() {
            return cells.length;
        }

        long rowTotal(int r) {
            long n = 0;
            for (long v : cells[r]) {
                n += v;
            }
            return n;
        }

        long columnTotal(int c) {
            long n = 0;
            for (long[] row : cells) {
                n += row[c];
            }
            return n;
        }
    }

    /**
     * @param forced entries to hide whatever they count (the same totals hidden in a linked table);
     *               same shape as the result, or null
     * @return hidden entries, shaped {@code [rows + 1][columns + 1]}: the cells, then the row
     *         totals in the last column, the column totals in the last row, the grand total in the
     *         corner. Entries the table does not show are never marked.
     */
    public static boolean[][] suppress(CountTable table, int minimum, boolean[][] forced) {
        int rows = table.rows();
        int columns = table.columns();
        long[][] value = new long[rows + 1][columns + 1];
        boolean[][] shown = new boolean[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                value[r][c] = table.cells()[r][c];
                shown[r][c] = true;
            }
            value[r][columns] = table.rowTotal(r);
            shown[r][columns] = table.rowTotals();
        }
        for (int c = 0; c < columns; c++) {
            value[rows][c] = table.columnTotal(c);
            shown[rows][c] = table.columnTotals();
        }
        long grand = 0;
        for (int r = 0; r < rows; r++) {
            grand += value[r][columns];
        }
        value[rows][columns] = grand;
        shown[rows][columns] = table.rowTotals() && table.columnTotals();

        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                boolean force = forced != null && r < forced.length && c < forced[r].length && forced[r][c];
                hidden[r][c] = shown[r][c] && (value[r][c] < minimum || force);
            }
        }
        List<Line> lines = lines(rows, columns, table.rowTotals(), table.columnTotals());
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Line line : lines) {
                if (line.hiddenCount(hidden) == 1) {
                    int[] pick = complement(line, lines, value, shown, hidden, rows, columns);
                    if (pick != null) {
                        hidden[pick[0]][pick[1]] = true;
                        changed = true;
                    }
                }
            }
        }
        return hidden;
    }

    /** One line of the table: its entries (the cells and the total that sums them). */
    private record Line(List<int[]> entries) {
        int hiddenCount(boolean[][] hidden) {
            int n = 0;
            for (int[] e : entries) {
                if (hidden[e[0]][e[1]]) {
                    n++;
                }
            }
            return n;
        }

        boolean contains(int r, int c) {
            return entries.stream().anyMatch(e -> e[0] == r && e[1] == c);
        }
    }

    private static List<Line> lines(int rows, int columns, boolean rowTotals, boolean columnTotals) {
        List<Line> lines = new ArrayList<>();
        if (rowTotals) {
            for (int r = 0; r < rows; r++) {
                List<int[]> entries = new ArrayList<>();
                for (int c = 0; c <= columns; c++) {
                    entries.add(new int[] {r, c});
                }
                lines.add(new Line(entries));
            }
        }
        if (columnTotals) {
            for (int c = 0; c < columns; c++) {
                List<int[]> entries = new ArrayList<>();
                for (int r = 0; r <= rows; r++) {
                    entries.add(new int[] {r, c});
                }
                lines.add(new Line(entries));
            }
        }
        if (rowTotals && columnTotals) {
            // The totals add up too: the row totals to the grand total, and the column totals to it.
            List<int[]> rowTotalLine = new ArrayList<>();
            for (int r = 0; r <= rows; r++) {
                rowTotalLine.add(new int[] {r, columns});
            }
            lines.add(new Line(rowTotalLine));
            List<int[]> columnTotalLine = new ArrayList<>();
            for (int c = 0; c <= columns; c++) {
                columnTotalLine.add(new int[] {rows, c});
            }
            lines.add(new Line(columnTotalLine));
        }
        return lines;
    }

    private static int[] complement(Line line, List<Line> lines, long[][] value, boolean[][] shown, boolean[][] hidden, int rows, int columns) {
        int[] best = null;
        int[] bestKey = null;
        for (int[] e : line.entries()) {
            int r = e[0];
            int c = e[1];
            if (!shown[r][c] || hidden[r][c]) {
                continue;
            }
            // A cell rather than a total, and the grand total last of all: it is the figure readers want most.
            int kind = r == rows && c == columns ? 2 : r == rows || c == columns ? 1 : 0;
            int crossing = Integer.MAX_VALUE;
            for (Line other : lines) {
                if (other != line && other.contains(r, c)) {
                    int h = other.hiddenCount(hidden);
                    // 0: settles another line too; 1: no harm; 2: opens a new line to fix.
                    int rank = h == 1 ? 0 : h >= 2 ? 1 : 2;
                    crossing = crossing == Integer.MAX_VALUE ? rank : Math.max(crossing, rank);
                }
            }
            if (crossing == Integer.MAX_VALUE) {
                crossing = 1;
            }
            int[] key = {kind, crossing, (int) Math.min(Integer.MAX_VALUE, value[r][c]), r, c};
            if (bestKey == null || compare(key, bestKey) < 0) {
                best = e;
                bestKey = key;
            }
        }
        return best;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
