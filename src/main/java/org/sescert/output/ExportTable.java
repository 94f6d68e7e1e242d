package org.sescert.output;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * One table exported twice, as {@code NAME.csv} and {@code NAME.xlsx} in an output folder, row
 * by row: the analyst opens the workbook, a script reads the CSV, and both hold the same rows.
 */
public final class ExportTable implements Closeable {

    private final CsvTable csv;
    private final XlsxBook xlsx;
    private final XlsxBook.Sheet sheet;
    private final java.nio.file.Path xlsxFile;

    private ExportTable(OutputFolder folder, String name, String sheetName, List<XlsxBook.Column> columns) throws IOException {
        folder.create();
        this.csv = CsvTable.export(folder.file(name + ".csv"), columns.stream().map(XlsxBook.Column::name).toList());
        this.xlsx = XlsxBook.export();
        this.sheet = xlsx.table(sheetName, columns);
        this.xlsxFile = folder.file(name + ".xlsx");
    }

    public static ExportTable open(OutputFolder folder, String name, String sheetName, List<XlsxBook.Column> columns) throws IOException {
        return new ExportTable(folder, name, sheetName, columns);
    }

    public void row(List<?> values) {
        csv.row(values);
        sheet.row(values);
    }

    /** Finishes both files; the workbook is written here. */
    @Override
    public void close() throws IOException {
        try (xlsx; csv) {
            xlsx.write(xlsxFile);
        }
    }
}
