package org.sescert.bench;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.postgresql.PGConnection;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The baselines bench/scale.sh measures the program against, in the same run on the same machine:
 * the fastest the platform moves the same data without the program's work.
 *
 * <ul>
 * <li>{@code copy DIR}: PostgreSQL's own COPY (pgjdbc's CopyManager, straight from the files, one
 * connection, as psql's \copy would) of the cycle's four large CSV files into fresh tables made
 * like the load tables the import fills (same columns, types, checks and index), with nothing
 * checked or transformed.</li>
 * <li>{@code xlsx FILE}: a bare streaming read of every sheet of the workbook with POI's SAX
 * reader, counting rows and doing nothing with the cells: the floor of any XLSX import on POI.</li>
 * <li>{@code fastexcel FILE}: the same with fastexcel-reader (aalto's StAX parser), which also
 * turns each row's cells into values: the fastest well-kept streaming reader we know of. The
 * script measures the import against the faster of the two.</li>
 * </ul>
 * Prints the milliseconds taken and what was read. Run from the jar:
 * {@code java -cp sescert.jar -Dloader.main=org.sescert.bench.Baselines org.springframework.boot.loader.launch.PropertiesLauncher copy DIR},
 * with {@code SESCERT_DB_URL} and {@code SESCERT_DB_USER} for {@code copy}.
 */
public final class Baselines {

    /** File, table made like, and the file's columns as that table names them. */
    private static final Map<String, String[]> FILES = new LinkedHashMap<>();

    static {
        FILES.put("executives.csv", new String[] {"load_executive", "executive_id, name, appointment_type, component, rating_official_id, pay_pool, "
                + "appraisal_start, appraisal_end, plan_communicated, progress_review, initial_level, initial_shared, hlr_requested, hlr_level, "
                + "prb_id, prb_review, prb_level, final_level, final_rating_date"});
        FILES.put("elements.csv", new String[] {"load_element_rating", "executive_id, element, weight, level"});
        FILES.put("pay.csv", new String[] {"load_pay", "executive_id, basic_pay_before, basic_pay_after, performance_award, other_award, rank_award"});
        FILES.put("history.csv", new String[] {"load_rating_history", "executive_id, history_cycle_id, final_level, final_rating_date"});
    }

    private Baselines() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !(args[0].equals("copy") || args[0].equals("xlsx") || args[0].equals("fastexcel"))) {
            System.err.println("usage: Baselines copy DIR | xlsx FILE | fastexcel FILE");
            System.exit(2);
        }
        long started = System.nanoTime();
        String what = switch (args[0]) {
            case "copy" -> copy(Path.of(args[1]));
            case "xlsx" -> xlsx(Path.of(args[1]));
            default -> fastexcel(Path.of(args[1]));
        };
        System.out.println("baseline " + args[0] + " ms " + (System.nanoTime() - started) / 1_000_000 + " " + what);
    }

    private static String copy(Path dir) throws Exception {
        long rows = 0;
        try (Connection db = DriverManager.getConnection(System.getenv("SESCERT_DB_URL"), System.getenv("SESCERT_DB_USER"),
                System.getenv("SESCERT_DB_PASSWORD"))) {
            for (Map.Entry<String, String[]> file : FILES.entrySet()) {
                String table = "bench_copy_" + file.getValue()[0];
                try (Statement statement = db.createStatement()) {
                    statement.execute("drop table if exists " + table);
                    statement.execute("create table " + table + " (like " + file.getValue()[0] + " including all)");
                    // The import fills these itself (the load, the cycle, an empty pay pool from the component).
                    statement.execute("alter table " + table + " alter column load_id set default 0, alter column cycle_id set default 'BENCH'");
                    if (table.endsWith("load_executive")) {
                        statement.execute("alter table " + table + " alter column pay_pool drop not null");
                    }
                }
                try (Reader in = Files.newBufferedReader(dir.resolve(file.getKey()), StandardCharsets.UTF_8)) {
                    rows += db.unwrap(PGConnection.class).getCopyAPI().copyIn(
                            "copy " + table + " (" + file.getValue()[1] + ") from stdin (format csv, header true)", in);
                }
            }
            try (Statement statement = db.createStatement()) {
                for (String[] file : FILES.values()) {
                    statement.execute("drop table bench_copy_" + file[0]);
                }
            }
        }
        return "rows " + rows;
    }

    private static String xlsx(Path file) throws Exception {
        long[] rows = new long[1];
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new DefaultHandler() {
                        @Override
                        public void startElement(String uri, String localName, String qName, Attributes attributes) {
                            if (localName.equals("row")) {
                                rows[0]++;
                            }
                        }
                    });
                    parser.parse(new InputSource(sheet));
                }
            }
        }
        return "rows " + rows[0];
    }

    private static String fastexcel(Path file) throws Exception {
        long rows = 0;
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(file.toFile())) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
                try (java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
                    rows += stream.mapToLong(row -> row.getCellCount() >= 0 ? 1 : 0).sum();
                }
            }
        }
        return "rows " + rows;
    }
}
