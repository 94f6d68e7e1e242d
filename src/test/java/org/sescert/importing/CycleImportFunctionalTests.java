package org.sescert.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sescert.support.DatabaseTest;
import org.sescert.system.DatabaseServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/** The cycle import job end to end on the embedded PostgreSQL, over the shipped sample and small fixtures. */
class CycleImportFunctionalTests extends DatabaseTest {

    private static final Path SAMPLE = Path.of("sample-data");

    @Autowired
    CycleImporter importer;

    @Autowired
    DatabaseServer server;

    @Test
    void theSampleLoadsTheSameFromXlsxCsvAndASourceDatabase() throws Exception {
        ImportOutcome fromXlsx = importer.importCycle(ImportSource.file(SAMPLE.resolve("sample-cycle.xlsx")), "FY2026");
        List<String> xlsxContents = cycleContents("FY2026");

        ImportOutcome fromCsv = importer.importCycle(ImportSource.file(SAMPLE.resolve("csv")), null);
        List<String> csvContents = cycleContents("FY2026");

        try (var connection = jdbc.getDataSource().getConnection()) {
            ScriptUtils.executeSqlScript(connection, new FileSystemResource(SAMPLE.resolve("source-db.sql")));
        }
        ImportOutcome fromDb = importer.importCycle(ImportSource.database(server.jdbcUrl(), "sescert_source"), null);
        List<String> dbContents = cycleContents("FY2026");

        assertThat(fromCsv.sheets()).isEqualTo(fromXlsx.sheets());
        assertThat(fromDb.sheets()).isEqualTo(fromXlsx.sheets());
        assertThat(csvContents).isEqualTo(xlsxContents);
        assertThat(dbContents).isEqualTo(xlsxContents);
        assertThat(xlsxContents).hasSizeGreaterThan(2000);

        // The sample's planted defects (sample-data/README.md) and nothing else.
        Map<String, Long> rejectedBySheet = fromXlsx.sheets().stream()
                .collect(Collectors.toMap(ImportOutcome.SheetCount::sheet, ImportOutcome.SheetCount::rejected));
        assertThat(rejectedBySheet).containsEntry("Executives", 4L).containsEntry("Elements", 18L)
                .containsEntry("Pay", 4L).containsEntry("History", 2L).containsEntry("OrgAssessments", 0L);
        for (ImportOutcome.SheetCount sheet : fromXlsx.sheets()) {
            assertThat(sheet.read()).as(sheet.sheet()).isEqualTo(sheet.loaded() + sheet.rejected());
        }
        assertThat(count("select count(*) from executive where cycle_id = 'FY2026'")).isEqualTo(297);

        // A value that starts like a formula: an apostrophe in the CSV, Excel's quote prefix in the workbook, where it reads as typed.
        assertThat(Files.readString(fromDb.rejectsCsv())).contains(",'-500,NEGATIVE_AMOUNT,");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(fromDb.rejectsXlsx().toFile())) {
            var sheet = workbook.getSheet("Rejects");
            var cell = java.util.stream.StreamSupport.stream(sheet.spliterator(), false).map(r -> r.getCell(4))
                    .filter(c -> c != null && "-500".equals(c.getStringCellValue())).findFirst().orElseThrow();
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void aWorkbookSavedByLibreOfficeReadsItsDatesNumbersAndShuffledColumns() {
        ImportOutcome outcome = importer.importCycle(ImportSource.file(Path.of("src/test/resources/fixtures/libreoffice-cycle.xlsx")), null);

        assertThat(outcome.cycleId()).isEqualTo("FY2025");
        assertThat(outcome.rejectedRows()).isZero();
        assertThat(outcome.warnings()).anyMatch(w -> w.contains("'Notes'"));
        Map<String, Object> lo3 = jdbc.queryForMap("select * from executive where cycle_id = 'FY2025' and executive_id = 'LO-003'");
        assertThat(lo3.get("appraisal_start").toString()).isEqualTo("2025-01-15");
        assertThat(lo3.get("final_rating_date").toString()).isEqualTo("2025-11-17");
        assertThat(lo3).containsEntry("component", "Office of Samples").containsEntry("pay_pool", "Office of Samples");
        assertThat(((Number) lo3.get("final_level")).intValue()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select pay_pool from executive where executive_id = 'LO-002'", String.class)).isEqualTo("Pool A");
        assertThat(jdbc.queryForObject("select basic_pay_before from pay where executive_id = 'LO-001'", java.math.BigDecimal.class))
                .isEqualByComparingTo("190000");
        assertThat(jdbc.queryForObject("select period_start from cycle where cycle_id = 'FY2025'", LocalDate.class))
                .isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(count("select count(*) from element_rating where cycle_id = 'FY2025'")).isEqualTo(15);
        assertThat(count("select count(*) from prb_member where cycle_id = 'FY2025'")).isEqualTo(3);
    }

    @Test
    void knownBadRowsGiveExactlyTheirRejects() throws Exception {
        Path csv = Path.of("src/test/resources/fixtures/bad-rows");
        Path workbook = Files.createTempDirectory("bad-rows").resolve("bad-rows.xlsx");
        FixtureWorkbooks.fromCsv(csv, workbook);

        for (Path input : List.of(csv, workbook)) {
            ImportOutcome outcome = importer.importCycle(ImportSource.file(input), "FY2099");
            List<String> rejects = jdbc.queryForList("""
                    select sheet || ' row ' || row_number || ' ' || coalesce(column_name, '-') || ' ' || code
                    from reject where load_id = ? order by sheet, row_number, column_name""", String.class, outcome.loadId());
            assertThat(rejects).as(input.toString()).containsExactlyInAnyOrderElementsOf(Files.readAllLines(csv.resolve("expected-rejects.txt")));
            for (ImportOutcome.SheetCount sheet : outcome.sheets()) {
                assertThat(sheet.read()).as(sheet.sheet()).isEqualTo(sheet.loaded() + sheet.rejected());
            }
            assertThat(outcome.rejectsCsv()).exists();
            assertThat(Files.readAllLines(outcome.rejectsCsv()).get(0)).isEqualTo("file,sheet,row,column,value,code,message");
            assertThat(Files.readAllLines(outcome.rejectsCsv())).hasSize(rejects.size() + 1);
        }
    }

    @Test
    void reimportingACycleLeavesOneCopyAndKeepsTheEarlierLoadInTheHistory() {
        Path fixture = Path.of("src/test/resources/fixtures/libreoffice-cycle.xlsx");
        ImportOutcome first = importer.importCycle(ImportSource.file(fixture), null);
        ImportOutcome second = importer.importCycle(ImportSource.file(fixture), null);

        assertThat(count("select count(*) from executive where cycle_id = 'FY2025'")).isEqualTo(3);
        assertThat(count("select count(*) from element_rating where cycle_id = 'FY2025'")).isEqualTo(15);
        assertThat(count("select load_id from cycle where cycle_id = 'FY2025'")).isEqualTo(second.loadId());
        assertThat(count("select count(*) from load where load_id in (?, ?) and status = 'LOADED'", first.loadId(), second.loadId())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select sha256 from load_input where load_id = ?", String.class, second.loadId())).hasSize(64);
    }

    @Test
    void aMissingRequiredColumnRefusesTheImportAndLoadsNothing() throws Exception {
        Path dir = Files.createTempDirectory("no-component");
        FixtureWorkbooks.copyCsvWithout(SAMPLE.resolve("csv"), dir, "executives.csv", "component");
        long loadsBefore = count("select count(*) from load where cycle_id = 'FY2026' and status = 'LOADED'");
        List<String> before = cycleContents("FY2026");

        assertThatThrownBy(() -> importer.importCycle(ImportSource.file(dir), null))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessage("executives.csv, sheet Executives: required column component is missing; the header row has "
                        + "executive_id, name, appointment_type, rating_official_id, pay_pool, appraisal_start, appraisal_end, "
                        + "plan_communicated, progress_review, initial_level, initial_shared, hlr_requested, hlr_level, prb_id, "
                        + "prb_review, prb_level, final_level, final_rating_date.");

        assertThat(cycleContents("FY2026")).isEqualTo(before);
        assertThat(count("select count(*) from load where cycle_id = 'FY2026' and status = 'LOADED'")).isEqualTo(loadsBefore);
    }

    @Test
    void aCycleIdOtherThanTheOneAskedForIsRefused() {
        assertThatThrownBy(() -> importer.importCycle(ImportSource.file(Path.of("src/test/resources/fixtures/libreoffice-cycle.xlsx")), "FY2026"))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("cycle_id is FY2025 but --cycle asked for FY2026");
    }

    @Test
    void aSourceDatabaseWithTypedColumnsIsReadAsTheSpreadsheetWouldBe() {
        jdbc.execute("""
                drop schema if exists typed_source cascade;
                create schema typed_source;
                create table typed_source."Cycle" (key text, value text);
                insert into typed_source."Cycle" values ('agency_code', 'TY00'), ('cycle_id', 'FY2030'),
                    ('period_start', '2029-10-01'), ('period_end', '2030-09-30');
                create table typed_source.executives (executive_id text, appointment_type text, component text,
                    appraisal_start date, appraisal_end timestamp, hlr_requested boolean, final_level integer);
                insert into typed_source.executives values ('T1', 'CAREER', 'Office T', '2029-10-01', '2030-09-30 00:00', true, 4);
                create table typed_source.elements (executive_id text, element text, weight smallint, level numeric);
                insert into typed_source.elements values ('T1', 'RESULTS_DRIVEN', 100, 4.0);
                create table typed_source.pay (executive_id text, basic_pay_before numeric(12,2), basic_pay_after double precision);
                insert into typed_source.pay values ('T1', 200000.00, 205000.5);
                create table typed_source.org_assessments (component text, score real);
                insert into typed_source.org_assessments values ('Office T', 77.5);
                create table typed_source.prb_members (prb_id text, member_id text, appointment_type text);
                """);
        ImportOutcome outcome = importer.importCycle(ImportSource.database(server.jdbcUrl(), "typed_source"), null);

        assertThat(outcome.rejectedRows()).isZero();
        Map<String, Object> t1 = jdbc.queryForMap("select * from executive where cycle_id = 'FY2030'");
        assertThat(t1.get("appraisal_end").toString()).isEqualTo("2030-09-30");
        assertThat(t1).containsEntry("hlr_requested", true);
        assertThat(jdbc.queryForObject("select basic_pay_after from pay where cycle_id = 'FY2030'", java.math.BigDecimal.class))
                .isEqualByComparingTo("205000.50");
        assertThat(jdbc.queryForObject("select score from org_assessment where cycle_id = 'FY2030'", java.math.BigDecimal.class))
                .isEqualByComparingTo("77.5");
    }

    @Test
    void aJdbcUrlCarryingAPasswordIsRefused() {
        assertThatThrownBy(() -> importer.importCycle(ImportSource.database("jdbc:postgresql://localhost/x?password=secret", null), null))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("SESCERT_SOURCE_DB_PASSWORD");
    }

    @Test
    void aZipOfCsvFilesLoadsLikeTheFolder() throws Exception {
        Path zip = Files.createTempDirectory("zip").resolve("cycle.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip)); var files = Files.list(SAMPLE.resolve("csv"))) {
            for (Path file : files.sorted().toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry("export/" + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        ImportOutcome fromZip = importer.importCycle(ImportSource.file(zip), null);
        List<String> zipContents = cycleContents("FY2026");
        ImportOutcome fromFolder = importer.importCycle(ImportSource.file(SAMPLE.resolve("csv")), null);

        assertThat(fromZip.sheets()).isEqualTo(fromFolder.sheets());
        assertThat(zipContents).isEqualTo(cycleContents("FY2026"));
        assertThat(jdbc.queryForList("select name from load_input where load_id = ? order by name", String.class, fromZip.loadId()))
                .contains("export/executives.csv", "export/elements.csv");
    }
}
