package org.sescert.goals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A federal fiscal quarter, written FY2026Q4. Fiscal year 2026 runs from 1 October 2025 to
 * 30 September 2026, so its Q1 is October-December 2025 and its Q4 July-September 2026.
 *
 * @param fiscalYear the fiscal year, named by the calendar year in which it ends
 * @param quarter    1 to 4
 */
public record Quarter(int fiscalYear, int quarter) implements Comparable<Quarter> {

    // Loose on purpose so that "FY2026Q5" gets a message about the quarter, not about the form.
    private static final Pattern FORM = Pattern.compile("FY\\s*(\\d{2}|\\d{4})\\s*[-_ ]?\\s*Q\\s*(\\d+)");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A fiscal year has quarters Q1-Q4, not Q" + quarter + ".");
        }
        if (fiscalYear < 1900 || fiscalYear > 2999) {
            throw new IllegalArgumentException("Fiscal year " + fiscalYear + " is out of range; write it with four digits, as in FY2026Q4.");
        }
    }

    /**
     * Reads FY2026Q4, without regard to case; also FY2026 Q4, FY2026-Q4 and FY26Q4 (a two-digit
     * year is taken as 20yy, as agencies write it).
     *
     * @throws IllegalArgumentException naming the text and the form expected
     */
    public static Quarter parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A quarter is required; write it as FY2026Q4 (fiscal year, then Q1-Q4).");
        }
        Matcher m = FORM.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a fiscal quarter; write it as FY2026Q4"
                    + " (FY, the fiscal year, Q and the quarter 1-4; Q1 is October-December).");
        }
        int year = Integer.parseInt(m.group(1));
        int quarter = Integer.parseInt(m.group(2));
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("\"" + text + "\" names quarter " + quarter + "; a fiscal year has quarters Q1-Q4.");
        }
        return new Quarter(m.group(1).length() == 2 ? 2000 + year : year, quarter);
    }

    /** The fiscal quarter in which a day falls. */
    public static Quarter containing(LocalDate day) {
        // October starts the fiscal year: shift by three months and the calendar quarter is the fiscal one.
        LocalDate shifted = day.plusMonths(3);
        return new Quarter(shifted.getYear(), (shifted.getMonthValue() - 1) / 3 + 1);
    }

    /** Quarters from a to b: positive when b is later. */
    public static int quartersBetween(Quarter a, Quarter b) {
        return b.index() - a.index();
    }

    public Quarter plus(int quarters) {
        int index = index() + quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(fiscalYear - 1, 10, 1).plusMonths(3L * (quarter - 1));
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public boolean isBefore(Quarter other) {
        return compareTo(other) < 0;
    }

    public boolean isAfter(Quarter other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(index(), other.index());
    }

    @Override
    public String toString() {
        return "FY" + fiscalYear + "Q" + quarter;
    }

    private int index() {
        return fiscalYear * 4 + quarter - 1;
    }
}
