package org.sescert.importing;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did: the cycle and load, per sheet rows read = loaded + rejected, where the
 * rejects were written, and any warnings.
 */
public record ImportOutcome(String cycleId, long loadId, long jobExecutionId, String source, List<SheetCount> sheets,
                            long rejectedRows, Path outputDir, Path rejectsCsv, Path rejectsXlsx, List<String> warnings) {

    public record SheetCount(String sheet, long read, long loaded, long rejected) {
    }

    public ImportOutcome {
        sheets = List.copyOf(sheets);
        warnings = List.copyOf(warnings);
    }
}
