package org.sescert.importing;

import java.util.Map;

/**
 * One data row as a source gave it, before any checking: the row number a person would
 * look up (the spreadsheet row, the CSV record counting the header as 1) and the raw text
 * of each known column, keyed by canonical column name. Unknown columns are not carried.
 */
public record SourceRow(long rowNumber, Map<String, String> values) {

    public SourceRow {
        values = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values));
    }

    public String get(String column) {
        return values.get(column);
    }
}
