package org.sescert.importing.internal;

import org.sescert.importing.SourceRow;

/** The data rows of one sheet, in source order, read one at a time. */
public interface RowStream extends AutoCloseable {

    /** The next non-blank data row, or null at the end. */
    SourceRow next() throws Exception;

    /** What a person should know of how the sheet was read (formulas, merged ranges), once it has been read to its end. */
    default java.util.List<String> warnings() {
        return java.util.List.of();
    }

    @Override
    void close();
}
