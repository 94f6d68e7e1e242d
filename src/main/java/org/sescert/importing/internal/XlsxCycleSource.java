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

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.sescert.importing.CycleLayout;
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
    private ReadOnlySharedStringsTable sharedStrings;

    XlsxCycleSource(Path file, long maxSharedStringsBytes) {
        this.file = file;
        try {
            this.workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new ImportRefusedException(file.getFileName() + " is not a readable .xlsx workbook (" + oneLine(e) + ").", e);
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                sheets.next().close();
                sheetNames.putIfAbsent(CycleLayout.normalize(sheets.getSheetName()), sheets.getSheetName());
            }
            this.date1904 = readDate1904(reader);
            for (PackagePart part : workbook.getPartsByName(java.util.regex.Pattern.compile("/xl/sharedStrings.*\\.xml"))) {
                if (part.getSize() > maxSharedStringsBytes) {
                    throw new ImportRefusedException(file.getFileName() + ": its shared-strings table is " + part.getSize()
                            + " bytes, over the limit of " + maxSharedStringsBytes + "; split the workbook or import CSV files.");
                }
            }
        } catch (ImportRefusedException e) {
            workbook.revert();
            throw e;
        } catch (Exception e) {
            workbook.revert();
            throw new ImportRefusedException(file.getFileName() + " is not a readable .xlsx workbook (" + oneLine(e) + ").", e);
        }
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
            parse(actual.get(), new RowCollector((rowNumber, cells) -> {
                header.addAll(asList(cells));
                throw new StopParsing();
            }));
        } catch (StopParsing done) {
            // the header row was all we wanted
        }
        return Optional.of(header);
    }

    @Override
    public Map<String, String> cycleValues() {
        Map<String, String> values = new LinkedHashMap<>();
        sheetName(CycleLayout.CYCLE_SHEET).ifPresent(sheet -> parse(sheet, new RowCollector((rowNumber, cells) -> {
            List<String> row = asList(cells);
            if (!row.isEmpty() && !row.get(0).isBlank()) {
                values.putIfAbsent(row.get(0).strip(), row.size() > 1 ? row.get(1) : "");
            }
        })));
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

    /** POI holds these in memory; read them once per opened workbook, not once per sheet. */
    private synchronized ReadOnlySharedStringsTable sharedStrings() throws Exception {
        if (sharedStrings == null) {
            sharedStrings = new ReadOnlySharedStringsTable(workbook);
        }
        return sharedStrings;
    }

    private void parse(String sheetName, SheetContentsHandler handler) {
        try {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = sharedStrings();
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheets.getSheetName().equals(sheetName)) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, handler, new IsoDateFormatter(date1904), false));
                        parser.parse(new InputSource(sheet));
                        return;
                    }
                }
            }
        } catch (StopParsing | ImportRefusedException e) {
            throw e;
        } catch (Exception e) {
            throw new ImportRefusedException(displayName() + ", sheet " + sheetName + ": cannot be read (" + oneLine(e) + ").", e);
        }
    }

    private static boolean readDate1904(XSSFReader reader) throws Exception {
        try (InputStream workbookXml = reader.getWorkbookData()) {
            String text = new String(workbookXml.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
            return text.matches("(?s).*<(\\w+:)?workbookPr[^>]*date1904=\"(1|true)\".*");
        }
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
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    /** Thrown from a handler to stop a SAX parse early. */
    private static final class StopParsing extends RuntimeException {
        StopParsing() {
            super(null, null, false, false);
        }
    }

    private interface RowConsumer {
        void row(long rowNumber, TreeMap<Integer, String> cells);
    }

    /** Gathers the cells of each non-blank row by column position. */
    private static final class RowCollector implements SheetContentsHandler {
        private final RowConsumer consumer;
        private TreeMap<Integer, String> cells = new TreeMap<>();
        private int nextColumn;

        RowCollector(RowConsumer consumer) {
            this.consumer = consumer;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new TreeMap<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.values().stream().anyMatch(v -> !v.isBlank())) {
                consumer.row(rowNum + 1L, cells);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
            nextColumn = column + 1;
            if (formattedValue != null) {
                cells.put(column, formattedValue);
            }
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
        private boolean finished;

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
            parser = new Thread(() -> {
                try {
                    parse(sheetName, new RowCollector((rowNumber, cells) -> {
                        if (closed) {
                            throw new StopParsing();
                        }
                        if (columns[0] == null) {
                            columns[0] = HeaderMap.of(sheet, asList(cells));
                            return;
                        }
                        Map<String, String> values = new java.util.HashMap<>();
                        cells.forEach((column, value) -> {
                            String name = columns[0].get(column);
                            if (name != null) {
                                values.put(name, value);
                            }
                        });
                        put.accept(new SourceRow(rowNumber, values));
                    }));
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
