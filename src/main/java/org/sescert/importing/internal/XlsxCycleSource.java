package org.sescert.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.HashMap;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.sescert.importing.CellReading;
import org.sescert.importing.CycleLayout;
import org.sescert.importing.RowProblem;
import org.sescert.importing.ImportRefusedException;
import org.sescert.importing.SheetLayout;
import org.sescert.importing.SourceRow;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * A cycle workbook read with POI's event (SAX) API, so memory stays flat however many rows a
 * sheet has. POI's own zip-bomb and XML-entity defences stay on; the shared-strings table,
 * which POI keeps in memory, is refused above a size limit.
 */
final class XlsxCycleSource implements CycleSource {

    private static final int QUEUE_ROWS = 1024;

    private final Path file;
    private final OPCPackage workbook;
    private final Map<String, String> sheetNames = new LinkedHashMap<>();
    private final boolean date1904;
    /** What a person should know of how the workbook was read (hidden sheets, formulas, merged ranges). */
    private final List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
    private BoundedSharedStrings sharedStrings;

    XlsxCycleSource(Path file, ImportLimits limits) {
        this.file = file;
        String name = String.valueOf(file.getFileName());
        try {
            WorkbookParts.checkWholeReadParts(file, name, limits.maxSharedStringsBytes(), limits.minInflateRatio());
            this.workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw ReadFailures.refusal(name, "XLSX", e);
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            List<WorkbookParts.Sheet> listed = WorkbookParts.newList();
            try (InputStream workbookXml = reader.getWorkbookData()) {
                this.date1904 = WorkbookParts.readWorkbook(workbookXml, listed);
            }
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            Map<String, String> seen = new LinkedHashMap<>();
            while (sheets.hasNext()) {
                sheets.next().close();
                String sheet = sheets.getSheetName();
                String key = CycleLayout.normalize(sheet);
                String other = seen.putIfAbsent(key, sheet);
                if (other != null && isTemplateSheet(sheet)) {
                    throw new ImportRefusedException(name + " has two sheets named alike, '" + other + "' and '" + sheet
                            + "' (names match without regard to case, spaces and underscores); delete or rename one.");
                }
                sheetNames.putIfAbsent(key, sheet);
            }
            for (WorkbookParts.Sheet sheet : listed) {
                if (sheet.hidden() && sheetNames.containsValue(sheet.name()) && isTemplateSheet(sheet.name())) {
                    warnings.add(name + ": sheet " + sheet.name() + " is hidden in the workbook; it is read like any other sheet.");
                }
            }
        } catch (Exception e) {
            workbook.revert();
            throw ReadFailures.refusal(name, "XLSX", e);
        }
    }

    private static boolean isTemplateSheet(String sheet) {
        return CycleLayout.normalize(sheet).equals(CycleLayout.normalize(CycleLayout.CYCLE_SHEET))
                || CycleLayout.WORKBOOK.rowSheet(sheet).isPresent() || org.sescert.importing.GoalsLayout.WORKBOOK.rowSheet(sheet).isPresent();
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public String kind() {
        return "XLSX";
    }

    @Override
    public String displayName() {
        return file.getFileName().toString();
    }

    @Override
    public List<InputFile> inputs() {
        try {
            // Hashed here, once per import, not each time a step reopens the workbook.
            return List.of(new InputFile(displayName(), Sha256.of(file), Files.size(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public Optional<String> location(String sheetName) {
        return sheetName(sheetName).map(s -> displayName());
    }

    @Override
    public Optional<List<String>> header(String sheetName) {
        Optional<String> actual = sheetName(sheetName);
        if (actual.isEmpty()) {
            return Optional.empty();
        }
        List<String> header = new ArrayList<>();
        try {
            parse(actual.get(), new RowCollector((rowNumber, row) -> {
                header.addAll(asList(row.cells()));
                throw new StopParsing();
            }), new ByteCount());
        } catch (StopParsing done) {
            // the header row was all we wanted
        }
        return Optional.of(header);
    }

    @Override
    public Map<String, String> cycleValues() {
        Map<String, String> values = new LinkedHashMap<>();
        sheetName(CycleLayout.CYCLE_SHEET).ifPresent(sheet -> warnings.addAll(parse(sheet, new RowCollector((rowNumber, read) -> {
            List<String> row = asList(read.cells());
            if (!row.isEmpty() && !row.get(0).isBlank()) {
                Function<String, RowProblem> problem = read.notes().get(1);
                if (problem != null) {
                    throw new ImportRefusedException(displayName() + ", sheet " + sheet + ", key " + row.get(0).strip() + ": "
                            + problem.apply("the value").message());
                }
                values.putIfAbsent(row.get(0).strip(), row.size() > 1 ? row.get(1) : "");
            }
        }), new ByteCount())));
        return values;
    }

    @Override
    public RowStream rows(SheetLayout sheet) {
        String actual = sheetName(sheet.name()).orElseThrow(() -> new IllegalStateException(sheet.name() + " is absent"));
        return new QueuedRows(sheet, actual);
    }

    @Override
    public void close() {
        workbook.revert();
    }

    private Optional<String> sheetName(String anyName) {
        return Optional.ofNullable(sheetNames.get(CycleLayout.normalize(anyName)));
    }

    /** Held in memory: read once per opened workbook, not once per sheet. */
    private synchronized BoundedSharedStrings sharedStrings(XSSFReader reader) throws Exception {
        if (sharedStrings == null) {
            List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            if (parts.isEmpty()) {
                sharedStrings = new BoundedSharedStrings(InputStream.nullInputStream(), ImportLimits.CELL_CHARS_KEPT);
            } else {
                try (InputStream sst = parts.get(0).getInputStream()) {
                    sharedStrings = new BoundedSharedStrings(sst, ImportLimits.CELL_CHARS_KEPT);
                }
            }
        }
        return sharedStrings;
    }

    /**
     * Parses one sheet into a row collector.
     *
     * @return what a person should know of how the sheet was read (its formulas, merged ranges), once read to its end
     */
    private List<String> parse(String sheetName, RowCollector collector, ByteCount count) {
        String where = displayName() + ", sheet " + sheetName;
        try {
            XSSFReader reader = new XSSFReader(workbook);
            BoundedSharedStrings strings = sharedStrings(reader);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream part = sheets.next()) {
                    if (sheets.getSheetName().equals(sheetName)) {
                        count.total = sheets.getSheetPart().getSize();
                        InputStream sheet = count.counting(part);
                        XMLReader parser = XMLHelper.newXMLReader();
                        SheetEvents events = new SheetEvents(new XSSFSheetXMLHandler(styles, strings, collector, new IsoDateFormatter(date1904), false),
                                collector, ImportLimits.CELL_CHARS_KEPT);
                        parser.setContentHandler(events);
                        parser.parse(new InputSource(sheet));
                        return events.warnings(where);
                    }
                }
            }
        } catch (StopParsing | ImportRefusedException e) {
            throw e;
        } catch (Exception e) {
            throw ReadFailures.refusal(where, "XLSX", e);
        }
        return List.of();
    }

    private static List<String> asList(TreeMap<Integer, String> cells) {
        List<String> list = new ArrayList<>();
        cells.forEach((column, value) -> {
            while (list.size() < column) {
                list.add("");
            }
            list.add(value);
        });
        return list;
    }

    static String oneLine(Throwable e) {
        return org.sescert.system.OneLine.first(e.getMessage() == null ? "an unexpected error" : e.getMessage());
    }

    /** Thrown from a handler to stop a SAX parse early. */
    private static final class StopParsing extends RuntimeException {
        StopParsing() {
            super(null, null, false, false);
        }
    }

    /** A row as read: its cells' text by column, and what the reader found wrong with some of them. */
    private record ReadRow(TreeMap<Integer, String> cells, Map<Integer, Function<String, RowProblem>> notes) {
    }

    private interface RowConsumer {
        void row(long rowNumber, ReadRow row);
    }

    /** Gathers the cells of each non-blank row by column position, with what the reader found wrong with them. */
    private static final class RowCollector implements SheetContentsHandler, SheetEvents.Listener {
        private final RowConsumer consumer;
        /** The columns worth keeping: all for a header, only the known ones for data rows, so that a row costs little memory. */
        private IntPredicate keep = column -> true;
        private TreeMap<Integer, String> cells = new TreeMap<>();
        private Map<Integer, Function<String, RowProblem>> notes = new HashMap<>();
        private int nextColumn;

        RowCollector(RowConsumer consumer) {
            this.consumer = consumer;
        }

        void keepOnly(IntPredicate columns) {
            this.keep = columns;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new TreeMap<>();
            notes = new HashMap<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (!notes.isEmpty() || cells.values().stream().anyMatch(v -> !v.isBlank())) {
                consumer.row(rowNum + 1L, new ReadRow(cells, notes));
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : SheetEvents.column(cellReference);
            if (column < 0 || column >= SheetEvents.MAX_COLUMNS) {
                return;
            }
            nextColumn = column + 1;
            if (formattedValue == null || !keep.test(column)) {
                return;
            }
            if (formattedValue.startsWith(BoundedSharedStrings.TOO_LONG)) {
                long length = Long.parseLong(formattedValue.substring(BoundedSharedStrings.TOO_LONG.length()));
                notes.put(column, name -> CellReading.tooLong(name, "", length));
            } else {
                cells.put(column, formattedValue);
            }
        }

        @Override
        public void formulaWithoutResult(int column, String cell) {
            if (keep.test(column)) {
                notes.put(column, name -> CellReading.formulaWithoutResult(name, cell));
            }
        }

        @Override
        public void tooLong(int column, long length) {
            if (keep.test(column)) {
                String start = cells.getOrDefault(column, "");
                notes.put(column, name -> CellReading.tooLong(name, start, length));
            }
        }
    }

    /** The bytes of a sheet's XML the parser thread has read, and the part's expanded size: the step's progress, read on its own thread. */
    private static final class ByteCount {
        private volatile long read;
        private volatile long total = -1;

        InputStream counting(InputStream in) {
            return new java.io.FilterInputStream(in) {
                @Override
                public int read() throws java.io.IOException {
                    int b = super.read();
                    if (b >= 0) {
                        read++;
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        read += n;
                    }
                    return n;
                }
            };
        }
    }

    /**
     * Runs the SAX parse of one sheet on its own thread and hands rows over through a small
     * bounded queue, so that a pull-style batch reader can consume a push-style parser
     * without ever holding more than a few hundred rows.
     */
    private final class QueuedRows implements RowStream {
        private final Object end = new Object();
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_ROWS);
        private final Thread parser;
        private volatile boolean closed;
        private volatile Throwable failure;
        private volatile List<String> sheetWarnings = List.of();
        private boolean finished;
        private final ByteCount bytes = new ByteCount();

        @Override
        public List<String> warnings() {
            return sheetWarnings;
        }

        @Override
        public long bytesRead() {
            return bytes.read;
        }

        @Override
        public long bytesTotal() {
            return bytes.total;
        }

        QueuedRows(SheetLayout sheet, String sheetName) {
            Map<Integer, String>[] columns = new Map[1];
            Consumer<Object> put = item -> {
                try {
                    queue.put(item);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StopParsing();
                }
            };
            RowCollector[] collector = new RowCollector[1];
            collector[0] = new RowCollector((rowNumber, row) -> {
                if (closed) {
                    throw new StopParsing();
                }
                if (columns[0] == null) {
                    columns[0] = HeaderMap.of(sheet, asList(row.cells()));
                    Map<Integer, String> known = columns[0];
                    collector[0].keepOnly(known::containsKey);
                    return;
                }
                Map<String, String> values = new HashMap<>();
                row.cells().forEach((column, value) -> {
                    String name = columns[0].get(column);
                    if (name != null) {
                        values.put(name, value);
                    }
                });
                List<RowProblem> problems = new ArrayList<>();
                row.notes().forEach((column, problem) -> {
                    String name = columns[0].get(column);
                    if (name != null) {
                        problems.add(problem.apply(name));
                    }
                });
                put.accept(new SourceRow(rowNumber, values, problems));
            });
            parser = new Thread(() -> {
                try {
                    sheetWarnings = parse(sheetName, collector[0], bytes);
                    put.accept(end);
                } catch (StopParsing stopped) {
                    // closed by the consumer
                } catch (Throwable e) {
                    // Anything, even an Error, must reach the consumer, or it would wait for ever.
                    failure = e;
                    if (!closed) {
                        queue.offer(e);
                    }
                }
            }, "xlsx-" + sheet.name());
            parser.setDaemon(true);
            parser.start();
        }

        @Override
        public SourceRow next() throws Exception {
            if (finished) {
                return null;
            }
            Object item;
            do {
                item = queue.poll(1, java.util.concurrent.TimeUnit.SECONDS);
                if (item == null && !parser.isAlive() && queue.isEmpty()) {
                    item = failure != null ? failure : new IllegalStateException("the workbook reader stopped without finishing the sheet");
                }
            } while (item == null);
            if (item == end) {
                finished = true;
                return null;
            }
            if (item instanceof Throwable t) {
                // Keep failing: a failed sheet must never look like a sheet that ended.
                queue.offer(t);
                if (t instanceof Exception e) {
                    throw e;
                }
                throw (Error) t;
            }
            return (SourceRow) item;
        }

        @Override
        public void close() {
            closed = true;
            parser.interrupt();
            queue.clear();
            try {
                parser.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
