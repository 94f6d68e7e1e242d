package org.sescert.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a load may become the cycle's current load: a load that would make the cycle worse
 * is refused, and nothing is replaced. Worse means: no executives; a sheet that loses every row
 * the current load has; a sheet with more of its rows rejected than allowed; far fewer
 * executives than the current load; or executives without a single final rating.
 */
public final class LoadAcceptance {

    private LoadAcceptance() {
    }

    /** One sheet of a load: rows read = loaded + rejected. */
    public record SheetCount(String sheet, long read, long loaded, long rejected) {
    }

    /**
     * @param sheets        the new load's counts, by sheet
     * @param primary       the sheet whose rows make a load worth having (Executives, Goals)
     * @param finalRatings  how many of the new load's executives have a final rating; null where ratings do not apply
     * @param current       the current load's loaded rows by sheet, or an empty map when there is none
     * @param currentLoadId the current load, for the messages (0 when none)
     * @return the reasons to refuse, each a sentence fragment with its numbers; empty to accept
     */
    public static List<String> reasonsToRefuse(List<SheetCount> sheets, String primary, Long finalRatings, Map<String, Long> current,
                                               long currentLoadId, ImportOptions options) {
        List<String> reasons = new ArrayList<>();
        long rows = sheets.stream().filter(s -> s.sheet().equals(primary)).mapToLong(SheetCount::loaded).sum();
        if (rows == 0) {
            reasons.add("no " + primary + " row would be loaded (" + primary + ": " + describe(sheets, primary) + ")");
        }
        for (SheetCount sheet : sheets) {
            long before = current.getOrDefault(sheet.sheet(), 0L);
            if (sheet.loaded() == 0 && before > 0 && !sheet.sheet().equals(primary)) {
                reasons.add(sheet.sheet() + " would lose every row (load " + currentLoadId + " has " + before + ", this one " + sheet.loaded() + ")");
            }
            if (sheet.read() > 0 && 100.0 * sheet.rejected() / sheet.read() > options.maxRejectedPercent()) {
                reasons.add(sheet.sheet() + ": " + sheet.rejected() + " of " + sheet.read() + " rows rejected ("
                        + over(100.0 * sheet.rejected() / sheet.read(), options.maxRejectedPercent()) + " allowed)");
            }
        }
        long before = current.getOrDefault(primary, 0L);
        if (rows > 0 && before > 0 && 100.0 * (before - rows) / before > options.maxDropPercent()) {
            reasons.add(primary + " rows would drop from " + before + " (load " + currentLoadId + ") to " + rows + " ("
                    + over(100.0 * (before - rows) / before, options.maxDropPercent()) + " allowed)");
        }
        if (rows > 0 && finalRatings != null && finalRatings == 0) {
            reasons.add("none of the " + rows + " executives has a final rating (final_level)");
        }
        return options.replace() ? List.of() : reasons;
    }

    private static String describe(List<SheetCount> sheets, String name) {
        return sheets.stream().filter(s -> s.sheet().equals(name)).findFirst()
                .map(s -> s.read() + " rows read, " + s.rejected() + " rejected").orElse("no rows");
    }

    /** "15.2%, over the 10%", with as many decimals as it takes for the two never to read the same. */
    static String over(double value, double limit) {
        for (int decimals = 1; decimals < 6; decimals++) {
            String shown = percent(value, decimals);
            if (!shown.equals(percent(limit, decimals))) {
                return shown + ", over the " + percent(limit, 1);
            }
        }
        return percent(value, 6) + ", over the " + percent(limit, 6);
    }

    private static String percent(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value).replaceAll("\\.?0+$", "");
        return text + "%";
    }
}
