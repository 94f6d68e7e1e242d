package org.sescert.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import did: the cycle and load, per sheet rows read = loaded + rejected, where the
 * rejects were written, the load it replaced (or why it was refused, and then nothing was
 * replaced), and any warnings.
 *
 * @param refusal  why the load was refused, naming the option that accepts it; null when it became current
 * @param replaced the load this one replaced as the cycle's current load; null for the cycle's first load or a refusal
 */
public record ImportOutcome(String cycleId, long loadId, long jobExecutionId, String source, List<SheetCount> sheets,
                            long rejectedRows, Path outputDir, Path rejectsCsv, Path rejectsXlsx, List<String> warnings,
                            String refusal, LoadSummary replaced) {

    public record SheetCount(String sheet, long read, long loaded, long rejected) {
    }

    /**
     * A load as one line can describe it: "load 3 of FY2026 (297 executives, 2026-11-24, sample-cycle.xlsx)".
     *
     * @param rows the rows of its main sheet, which {@code noun} names (executives, goals)
     */
    public record LoadSummary(long loadId, String subject, long rows, String noun, LocalDate loadedOn, String source) {
        @Override
        public String toString() {
            return "load " + loadId + " of " + subject + " (" + rows + " " + noun + ", " + loadedOn + ", " + source + ")";
        }
    }

    public ImportOutcome {
        sheets = List.copyOf(sheets);
        warnings = List.copyOf(warnings);
    }

    public boolean refused() {
        return refusal != null;
    }
}
