package org.sescert.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sescert.datasets.CertificationDatasets.PayContributors;
import org.sescert.datasets.CycleDatasets.PayByLevel;
import org.sescert.reporting.internal.DisclosureSuppression.CountTable;
import org.sescert.reporting.internal.ReportRows.DisclosurePay;
import org.sescert.reporting.internal.ReportRows.DisclosureRow;

/**
 * The figures of the distribution disclosure, as text, with small cells suppressed
 * ({@link DisclosureSuppression}). The tables by component and by appointment type end in the same
 * row (the whole agency), so what one hides there the other hides too. A mean raise or award is
 * shown only when it rests on {@code minimum} people or more; no overall mean is shown, from which a
 * hidden one could be worked out. A pure function.
 */
public final class DisclosureTables {

    /** Fewer people than this in a figure, and it is not shown. */
    public static final int MINIMUM = 4;
    public static final String HIDDEN = "\u2013";

    /** The disclosure's tables, and how many figures they hide. */
    public record Disclosure(List<DisclosureRow> components, List<DisclosureRow> types, List<DisclosurePay> pay, int hidden) {
    }

    private DisclosureTables() {
    }

    /**
     * @param components final ratings by component (counts indexed 1..5)
     * @param types      final ratings by appointment type, in the order to print them
     */
    public static Disclosure build(Map<String, long[]> components, Map<String, long[]> types, List<PayByLevel> pay,
                                   Map<Integer, PayContributors> contributors, int minimum) {
        CountTable byComponent = table(components);
        CountTable byType = table(types);
        boolean[] agency = new boolean[6];
        boolean[][] hiddenComponents;
        boolean[][] hiddenTypes;
        while (true) {
            hiddenComponents = DisclosureSuppression.suppress(byComponent, minimum, forcedLastRow(agency, byComponent.rows()));
            hiddenTypes = DisclosureSuppression.suppress(byType, minimum, forcedLastRow(agency, byType.rows()));
            boolean[] both = new boolean[6];
            boolean changed = false;
            for (int c = 0; c < 6; c++) {
                both[c] = hiddenComponents[byComponent.rows()][c] || hiddenTypes[byType.rows()][c];
                changed |= both[c] != agency[c];
            }
            agency = both;
            if (!changed) {
                break;
            }
        }
        int hidden = count(hiddenComponents, hiddenComponents.length) + count(hiddenTypes, hiddenTypes.length - 1);

        List<DisclosurePay> payRows = new ArrayList<>();
        for (int level = 5; level >= 1; level--) {
            int l = level;
            PayByLevel means = pay.stream().filter(p -> p.level() == l).findFirst().orElse(null);
            PayContributors people = contributors.getOrDefault(level, new PayContributors(level, 0, 0));
            String raise = people.raise() >= minimum && means != null && means.meanRaisePercent() != null
                    ? String.format(Locale.US, "%.1f%%", means.meanRaisePercent()) : HIDDEN;
            String award = people.award() >= minimum && means != null && means.meanCareerAwardPercent() != null
                    ? String.format(Locale.US, "%.1f%%", means.meanCareerAwardPercent()) : HIDDEN;
            hidden += (raise.equals(HIDDEN) ? 1 : 0) + (award.equals(HIDDEN) ? 1 : 0);
            payRows.add(new DisclosurePay("Level " + level, raise, award));
        }
        return new Disclosure(rows(components, byComponent, hiddenComponents), rows(types, byType, hiddenTypes), payRows, hidden);
    }

    private static CountTable table(Map<String, long[]> units) {
        long[][] cells = new long[units.size()][5];
        int r = 0;
        for (long[] levels : units.values()) {
            for (int level = 1; level <= 5; level++) {
                cells[r][level - 1] = levels[level];
            }
            r++;
        }
        return new CountTable(cells, 5, true, true);
    }

    private static boolean[][] forcedLastRow(boolean[] agency, int rows) {
        boolean[][] forced = new boolean[rows + 1][6];
        forced[rows] = agency.clone();
        return forced;
    }

    private static int count(boolean[][] hidden, int rows) {
        int n = 0;
        for (int r = 0; r < rows; r++) {
            for (boolean h : hidden[r]) {
                n += h ? 1 : 0;
            }
        }
        return n;
    }

    private static List<DisclosureRow> rows(Map<String, long[]> units, CountTable table, boolean[][] hidden) {
        List<DisclosureRow> rows = new ArrayList<>();
        int r = 0;
        for (String unit : units.keySet()) {
            rows.add(row(unit, table, hidden, r++, false));
        }
        rows.add(row("All executives", table, hidden, table.rows(), true));
        return rows;
    }

    private static DisclosureRow row(String label, CountTable table, boolean[][] hidden, int r, boolean totals) {
        String[] cells = new String[6];
        for (int c = 0; c < 6; c++) {
            long value = r < table.rows() ? (c < 5 ? table.cells()[r][c] : sumRow(table, r)) : (c < 5 ? sumColumn(table, c) : sumAll(table));
            cells[c] = hidden[r][c] ? HIDDEN : String.format(Locale.US, "%,d", value);
        }
        return new DisclosureRow(label, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], totals);
    }

    private static long sumRow(CountTable t, int r) {
        long n = 0;
        for (long v : t.cells()[r]) {
            n += v;
        }
        return n;
    }

    private static long sumColumn(CountTable t, int c) {
        long n = 0;
        for (long[] row : t.cells()) {
            n += row[c];
        }
        return n;
    }

    private static long sumAll(CountTable t) {
        long n = 0;
        for (int r = 0; r < t.rows(); r++) {
            n += sumRow(t, r);
        }
        return n;
    }
}
