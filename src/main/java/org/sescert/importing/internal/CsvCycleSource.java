package org.sescert.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.sescert.importing.CycleLayout;
import org.sescert.importing.ImportRefusedException;
import org.sescert.importing.SheetLayout;
import org.sescert.importing.SourceRow;

/**
 * The cycle as CSV files named after the sheets ({@code executives.csv}, ...), in a folder or a
 * zip: UTF-8 (a byte-order mark is allowed), RFC 4180, a header row. Read with Commons CSV,
 * one record at a time.
 */
final class CsvCycleSource implements CycleSource {

    /**
     * Blank lines are kept as (blank) records, so that a record's number is the row a spreadsheet
     * program shows for it; blank rows are then skipped, not counted.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final Path path;
    private final ZipFile zip;
    /** Normalized sheet name to the file's name (a path in the folder, or a zip entry name). */
    private final Map<String, String> files = new LinkedHashMap<>();


    CsvCycleSource(Path path, long maxFileBytes) {
        this.path = path;
        try {
            if (Files.isDirectory(path)) {
                this.zip = null;
                try (Stream<Path> listing = Files.list(path)) {
                    for (Path file : listing.sorted().toList()) {
                        String name = file.getFileName().toString();
                        if (isCsv(name) && Files.isRegularFile(file)) {
                            register(name, Files.size(file), maxFileBytes);
                        }
                    }
                }
            } else {
                this.zip = new ZipFile(path.toFile());
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    String name = baseName(entry.getName());
                    if (!entry.isDirectory() && isCsv(name)) {
                        register(entry.getName(), entry.getSize(), maxFileBytes);
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportRefusedException(path.getFileName() + " cannot be read (" + XlsxCycleSource.oneLine(e) + ").", e);
        }
    }

    private void register(String name, long bytes, long maxFileBytes) {
        if (bytes > maxFileBytes) {
            throw new ImportRefusedException(name + " is " + bytes + " bytes, over the limit of " + maxFileBytes + ".");
        }
        String base = baseName(name);
        files.putIfAbsent(CycleLayout.normalize(base.substring(0, base.length() - 4)), name);
    }

    private static boolean isCsv(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") && !name.startsWith(".");
    }

    private static String baseName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    @Override
    public String kind() {
        return "CSV";
    }

    @Override
    public String displayName() {
        return path.getFileName().toString();
    }

    @Override
    public List<InputFile> inputs() {
        // Hashed here, once per import, not each time a step reopens the files.
        List<InputFile> inputs = new ArrayList<>();
        try {
            for (String name : files.values()) {
                if (zip == null) {
                    Path file = path.resolve(name);
                    inputs.add(new InputFile(name, Sha256.of(file), Files.size(file)));
                } else {
                    ZipEntry entry = zip.getEntry(name);
                    try (InputStream in = zip.getInputStream(entry)) {
                        inputs.add(new InputFile(name, Sha256.of(in), entry.getSize()));
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ImportRefusedException(path.getFileName() + " cannot be read (" + XlsxCycleSource.oneLine(e) + ").", e);
        }
        return inputs;
    }

    @Override
    public Optional<String> location(String sheetName) {
        return file(sheetName).map(CsvCycleSource::baseName);
    }

    @Override
    public Optional<List<String>> header(String sheetName) {
        return file(sheetName).map(name -> {
            try (Records records = new Records(name)) {
                List<String> header = null;
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    if (record.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (header != null) {
                        checkLinesUp(name, header, record);
                        break;
                    }
                    header = record.toList();
                }
                return header == null ? List.<String>of() : header;
            }
        });
    }

    /**
     * A header with a column the rows do not have (or the other way round) shifts every value
     * into the wrong column: the whole file is refused rather than every row rejected.
     */
    private static void checkLinesUp(String name, List<String> header, CSVRecord firstRow) {
        if (firstRow.size() != header.size()) {
            throw new ImportRefusedException(baseName(name) + ", row " + firstRow.getRecordNumber() + ": " + firstRow.size() + " fields, but the header row has "
                    + header.size() + "; the header and the rows do not line up. Check the header for a column added or removed.");
        }
    }

    @Override
    public Map<String, String> cycleValues() {
        Map<String, String> values = new LinkedHashMap<>();
        file(CycleLayout.CYCLE_SHEET).ifPresent(name -> {
            try (Records records = new Records(name)) {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    if (record.size() > 0 && !record.get(0).isBlank()) {
                        values.putIfAbsent(record.get(0).strip(), record.size() > 1 ? record.get(1) : "");
                    }
                }
            }
        });
        return values;
    }

    @Override
    public RowStream rows(SheetLayout sheet) {
        String name = file(sheet.name()).orElseThrow(() -> new IllegalStateException(sheet.name() + " is absent"));
        Records records = new Records(name);
        Map<Integer, String> columns = Map.of();
        while (records.hasNext()) {
            List<String> header = records.next().toList();
            if (header.stream().anyMatch(h -> !h.isBlank())) {
                columns = HeaderMap.of(sheet, header);
                break;
            }
        }
        Map<Integer, String> known = columns;
        return new RowStream() {
            @Override
            public SourceRow next() {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    Map<String, String> values = new HashMap<>();
                    boolean blank = true;
                    for (int i = 0; i < record.size(); i++) {
                        String column = known.get(i);
                        if (column != null) {
                            values.put(column, record.get(i));
                        }
                        blank &= record.get(i).isBlank();
                    }
                    if (!blank) {
                        // The header is record 1, as it is row 1 in a spreadsheet.
                        return new SourceRow(record.getRecordNumber(), values);
                    }
                }
                return null;
            }

            @Override
            public void close() {
                records.close();
            }
        };
    }

    @Override
    public void close() {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Optional<String> file(String sheetName) {
        return Optional.ofNullable(files.get(CycleLayout.normalize(sheetName)));
    }

    /** The records of one file, with decoding errors turned into a refusal that names the file. */
    private final class Records implements Iterator<CSVRecord>, AutoCloseable {
        private final String name;
        private final CSVParser parser;
        private final Iterator<CSVRecord> iterator;

        Records(String name) {
            this.name = name;
            try {
                InputStream raw = zip == null ? Files.newInputStream(path.resolve(name)) : zip.getInputStream(zip.getEntry(name));
                InputStream withoutBom = BOMInputStream.builder().setInputStream(raw).get();
                Reader reader = new InputStreamReader(withoutBom, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
                this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
                this.iterator = parser.iterator();
            } catch (IOException e) {
                throw refusal(e);
            }
        }

        @Override
        public boolean hasNext() {
            try {
                return iterator.hasNext();
            } catch (UncheckedIOException e) {
                throw refusal(e.getCause());
            }
        }

        @Override
        public CSVRecord next() {
            try {
                return iterator.next();
            } catch (UncheckedIOException e) {
                throw refusal(e.getCause());
            }
        }

        private ImportRefusedException refusal(IOException e) {
            long record = parser == null ? 0 : parser.getRecordNumber() + 1;
            if (e instanceof CharacterCodingException) {
                return new ImportRefusedException(baseName(name) + " is not UTF-8 text (near record " + record
                        + "); save it as CSV UTF-8.", e);
            }
            return new ImportRefusedException(baseName(name) + " cannot be read as CSV near record " + record
                    + " (" + XlsxCycleSource.oneLine(e) + ").", e);
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
