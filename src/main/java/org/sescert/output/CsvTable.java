package org.sescert.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file written row by row: UTF-8, RFC 4180, a header row. An export neutralises text that
 * could start a formula ({@link SpreadsheetText}); numbers stay numbers. The same rows always give
 * the same bytes.
 */
public final class CsvTable implements Closeable {

    private final CSVPrinter printer;
    private final boolean neutralise;

    private CsvTable(Path file, List<String> header, boolean neutralise) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        this.neutralise = neutralise;
    }

    /** A file the program hands to people: every text cell is made formula-safe. */
    public static CsvTable export(Path file, List<String> header) throws IOException {
        return new CsvTable(file, header, true);
    }

    /**
     * Source data in the input template's form (the generator's sample cycles, test fixtures):
     * text is written exactly as given, since it is what a user's own file would hold.
     */
    public static CsvTable sourceData(Path file, List<String> header) throws IOException {
        return new CsvTable(file, header, false);
    }

    /** One row; null is an empty cell, numbers are written plainly, everything else as its text. */
    public void row(List<?> values) {
        List<Object> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(cell(value));
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(Object... values) {
        row(Arrays.asList(values));
    }

    private Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal n) {
            return n.toPlainString();
        }
        if (value instanceof Number) {
            return value;
        }
        String text = value.toString();
        return neutralise ? SpreadsheetText.safe(text) : text;
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
