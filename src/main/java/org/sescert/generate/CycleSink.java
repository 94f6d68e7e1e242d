package org.sescert.generate;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.sescert.importing.SheetLayout;

/**
 * Where a generated cycle goes, row by row, as the generator makes it: a file writer (CSV, XLSX,
 * SQL) that holds no more than a buffer, or {@link SyntheticCycle}, which keeps the rows for a
 * caller that edits them (the sample's defects, tests). Rows of different sheets arrive
 * interleaved (an executive's Executives, Elements and Pay rows together); each sheet's rows
 * arrive in their order.
 */
public interface CycleSink extends AutoCloseable {

    /** The Cycle sheet's key/value pairs, once, before any row. */
    void cycle(Map<String, String> values) throws IOException;

    /** One row of a sheet, in the sheet's column order (null = empty cell). */
    void row(SheetLayout sheet, List<String> values) throws IOException;

    /** Finishes the output; nothing is complete before this. */
    @Override
    void close() throws IOException;
}
