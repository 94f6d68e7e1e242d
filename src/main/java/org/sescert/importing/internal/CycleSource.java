package org.sescert.importing.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sescert.importing.SheetLayout;

/**
 * An import input (a workbook, a folder or zip of CSV files, a source database) seen as the
 * cycle workbook's sheets. Format details stay behind this interface.
 */
public interface CycleSource extends AutoCloseable {

    /** XLSX, CSV or DATABASE. */
    String kind();

    /** The input as a person would name it (file name, or database and schema). */
    String displayName();

    /** Each file or table read, for the load record, with its SHA-256 where it is a file. */
    List<InputFile> inputs();

    /** Where a sheet lives, for rejects: the file (or table) name; empty when the sheet is absent. */
    Optional<String> location(String sheetName);

    /** The header row of a sheet as written, in order; empty when the sheet is absent. */
    Optional<List<String>> header(String sheetName);

    /** The Cycle sheet's key/value pairs, keys as written, in order. */
    Map<String, String> cycleValues();

    /** What a person should know of how the input was read so far (hidden sheets, formulas in the Cycle sheet). */
    default List<String> warnings() {
        return List.of();
    }

    /** Streams the data rows of a row sheet that is present. */
    RowStream rows(SheetLayout sheet);

    @Override
    void close();

    record InputFile(String name, String sha256, long bytes) {
    }
}
