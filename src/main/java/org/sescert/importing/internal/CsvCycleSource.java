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
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.sescert.importing.CellReading;
import org.sescert.importing.CycleLayout;
import org.sescert.importing.ImportRefusedException;
import org.sescert.importing.RowProblem;
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
    private final ImportLimits limits;
    private final ZipFile zip;
    /** Normalized sheet name to the file's name (a path in the folder, or a zip entry name). */
    private final Map<String, String> files = new LinkedHashMap<>();


    CsvCycleSource(Path path, ImportLimits limits) {
        this.path = path;
        this.limits = limits;
        long maxFileBytes = limits.maxFileBytes();
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
                        register(entry.getName(), entry.getSize(), Math.min(maxFileBytes, limits.maxEntryBytes()));
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ReadFailures.refusal(String.valueOf(path.getFileName()), "CSV", e);
        }
    }

    private void register(String name, long bytes, long maxFileBytes) {
        if (bytes > maxFileBytes) {
            throw tooLarge(baseName(name), bytes, maxFileBytes);
        }
        String base = baseName(name);
        files.putIfAbsent(CycleLayout.normalize(base.substring(0, base.length() - 4)), name);
    }

    private static ImportRefusedException tooLarge(String name, long bytes, long limit) {
        return new ImportRefusedException(name + " is " + (bytes > limit ? bytes + " bytes" : "larger") + ", over the limit of " + limit
                + " bytes (sescert.import.max-file-bytes, or max-entry-bytes in a zip); split it, or raise the limit.");
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
            throw ReadFailures.refusal(String.valueOf(path.getFileName()), "CSV", e);
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
        int width = 0;
        while (records.hasNext()) {
            List<String> header = records.next().toList();
            if (header.stream().anyMatch(h -> !h.isBlank())) {
                columns = HeaderMap.of(sheet, header);
                width = header.size();
                break;
            }
        }
        Map<Integer, String> known = columns;
        // The known column at each position, or null: looked up for every field of every row.
        String[] columnAt = new String[width];
        known.forEach((position, column) -> columnAt[position] = column);
        int fields = width;
        return new RowStream() {
            @Override
            public SourceRow next() {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    Map<String, String> values = new HashMap<>(2 * columnAt.length);
                    boolean blank = true;
                    for (int i = 0; i < record.size(); i++) {
                        String column = i < columnAt.length ? columnAt[i] : null;
                        if (column != null) {
                            values.put(column, record.get(i));
                        }
                        blank &= record.get(i).isBlank();
                    }
                    Map<Integer, Long> cut = records.cutFields(record.getRecordNumber());
                    if (blank && cut.isEmpty()) {
                        continue;
                    }
                    List<RowProblem> problems = new ArrayList<>();
                    if (record.size() != fields) {
                        problems.add(new RowProblem(null, record.size() + " fields", "RAGGED_ROW", "the row has " + record.size()
                                + " fields but the header has " + fields + ", so its values cannot be matched to columns; look for a comma, or a quote, missing or too many."));
                    }
                    cut.forEach((position, length) -> {
                        String column = known.get(position);
                        if (column != null) {
                            problems.add(CellReading.tooLong(column, record.get(position), length));
                        }
                    });
                    // The header is record 1, as it is row 1 in a spreadsheet.
                    return new SourceRow(record.getRecordNumber(), values, problems);
                }
                return null;
            }

            @Override
            public long bytesRead() {
                return records.guard.bytesRead();
            }

            @Override
            public long bytesTotal() {
                return records.size;
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
        /** The bytes read so far, and the file's size (a zip entry's expanded size, -1 if the zip does not say): the progress. */
        private ExpansionGuard guard;
        private long size;
        private CsvCellLimiter limiter;
        private boolean utf8;
        private CSVParser parser;
        private Iterator<CSVRecord> iterator;

        Records(String name) {
            this.name = name;
            try {
                ExpansionGuard raw;
                if (zip == null) {
                    raw = new ExpansionGuard(Files.newInputStream(path.resolve(name)), baseName(name), limits.maxFileBytes(), -1, 0);
                    size = Files.size(path.resolve(name));
                } else {
                    ZipEntry entry = zip.getEntry(name);
                    raw = new ExpansionGuard(zip.getInputStream(entry), baseName(name), Math.min(limits.maxFileBytes(), limits.maxEntryBytes()),
                            entry.getCompressedSize(), limits.minInflateRatio());
                    size = entry.getSize();
                }
                guard = raw;
                BOMInputStream withoutBom = BOMInputStream.builder().setInputStream(raw)
                        .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get();
                // UTF-8, or UTF-16 where a byte-order mark says so (Excel's "Unicode Text"); anything else that is not UTF-8 is refused.
                java.nio.charset.Charset charset = withoutBom.hasBOM() ? java.nio.charset.Charset.forName(withoutBom.getBOMCharsetName())
                        : StandardCharsets.UTF_8;
                this.utf8 = charset.equals(StandardCharsets.UTF_8);
                Reader reader = new InputStreamReader(withoutBom, charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
                this.limiter = new CsvCellLimiter(reader, ImportLimits.CELL_CHARS_KEPT);
                this.parser = CSVParser.builder().setReader(limiter).setFormat(FORMAT).get();
                this.iterator = parser.iterator();
            } catch (IOException e) {
                throw refusal(e);
            }
        }

        Map<Integer, Long> cutFields(long recordNumber) {
            return limiter.cutFields(recordNumber);
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
            if (e instanceof CharacterCodingException) {
                String line = utf8 ? Utf8.firstBadLine(this::reopen).map(n -> "line " + n + " has a byte").orElse("it has bytes")
                        : "it has bytes";
                return new ImportRefusedException(baseName(name) + " is not UTF-8 text: " + line + " that UTF-8 cannot hold, as Latin-1 and "
                        + "Windows-1252 files have; in Excel save it as 'CSV UTF-8 (Comma delimited)', or convert it to UTF-8, and import it again.", e);
            }
            java.util.regex.Matcher open = java.util.regex.Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished")
                    .matcher(String.valueOf(e.getMessage()));
            if (open.find()) {
                return new ImportRefusedException(baseName(name) + ", line " + open.group(1) + ": a quoted value opens there and never closes; "
                        + "add its closing quote (a quote inside a quoted value is written twice).", e);
            }
            long line = parser == null ? 0 : parser.getCurrentLineNumber() + 1;
            return new ImportRefusedException(baseName(name) + " cannot be read as CSV near line " + line
                    + " (" + XlsxCycleSource.oneLine(e) + "); check the quotes there: a quoted value ends with a quote followed by a comma or the line's end.", e);
        }

        private InputStream reopen() throws IOException {
            return zip == null ? Files.newInputStream(path.resolve(name)) : zip.getInputStream(zip.getEntry(name));
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
