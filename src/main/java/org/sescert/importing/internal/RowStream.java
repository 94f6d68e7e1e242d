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

    /** The bytes of the input read so far, for the progress shown while a large file streams in; -1 when unknown. */
    default long bytesRead() {
        return -1;
    }

    /** The size of the input in the bytes {@link #bytesRead()} counts (a file, or a part of a workbook once expanded); -1 when unknown. */
    default long bytesTotal() {
        return -1;
    }

    @Override
    void close();
}
