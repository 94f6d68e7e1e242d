package org.sescert.importing;

import java.util.List;
import java.util.Map;

/**
 * One data row as a source gave it, before any checking: the row number a person would
 * look up (the spreadsheet row, the CSV record counting the header as 1) and the raw text
 * of each known column, keyed by canonical column name. Unknown columns are not carried.
 *
 * @param readProblems what the reader found wrong with the row as it read it, before any value is
 *                     checked: a row whose fields do not line up with the header (column null), a
 *                     cell over the reader's size limit, a formula with no saved result
 */
public record SourceRow(long rowNumber, Map<String, String> values, List<RowProblem> readProblems) {

    public SourceRow {
        values = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values));
        readProblems = List.copyOf(readProblems);
    }

    public SourceRow(long rowNumber, Map<String, String> values) {
        this(rowNumber, values, List.of());
    }

    public String get(String column) {
        return values.get(column);
    }
}
