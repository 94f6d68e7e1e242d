package org.sescert.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sescert.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Inputs that are not a usable cycle get one clear line and load nothing. */
class HostileInputTests extends DatabaseTest {

    @Autowired
    CycleImporter importer;

    @TempDir
    Path dir;

    @Test
    void aLegacyXlsWorkbookIsRefusedWithWhatToDo() throws Exception {
        Path xls = dir.resolve("cycle.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("Cycle");
            workbook.write(out);
        }
        assertRefused(xls, "cycle.xls is a legacy .xls workbook; save it as .xlsx");
    }

    @Test
    void anEncryptedWorkbookIsRefused() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        FixtureWorkbooks.fromCsv(Path.of("src/test/resources/fixtures/bad-rows"), plain);
        Path encrypted = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(encrypted, "locked.xlsx is encrypted; save it without a password");
    }

    @Test
    void aTextFileNamedXlsxIsRefused() throws Exception {
        Path fake = dir.resolve("fake.xlsx");
        Files.writeString(fake, "executive_id,name\nE1,someone\n");
        assertRefused(fake, "fake.xlsx is not an .xlsx workbook, a .zip of CSV files or a folder of CSV files; it is named .xlsx but holds something else");
    }

    @Test
    void aCsvFileThatIsNotUtf8IsRefusedNamingTheFile() throws Exception {
        Path csv = copyOfBadRows("latin1");
        Files.write(csv.resolve("orgassessments.csv"), "component,score\nOffice Pe\u00f1a,80\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertRefused(csv, "orgassessments.csv is not UTF-8 text");
        assertThat(count("select count(*) from cycle where cycle_id = 'FY2099' and load_id in (select load_id from load where status = 'FAILED')")).isZero();
    }

    @Test
    void aCsvWithAByteOrderMarkIsReadCorrectly() throws Exception {
        Path csv = copyOfBadRows("bom");
        try (var files = Files.list(csv)) {
            for (Path f : files.toList()) {
                byte[] bytes = Files.readAllBytes(f);
                byte[] withBom = new byte[bytes.length + 3];
                withBom[0] = (byte) 0xEF;
                withBom[1] = (byte) 0xBB;
                withBom[2] = (byte) 0xBF;
                System.arraycopy(bytes, 0, withBom, 3, bytes.length);
                Files.write(f, withBom);
            }
        }
        ImportOutcome outcome = importer.importCycle(ImportSource.file(csv), null);
        assertThat(outcome.cycleId()).isEqualTo("FY2099");
        assertThat(outcome.sheets()).filteredOn(s -> s.sheet().equals("Executives")).singleElement()
                .satisfies(s -> assertThat(s.loaded()).isEqualTo(2));
    }

    private void assertRefused(Path input, String reason) {
        long loads = count("select count(*) from load");
        assertThatThrownBy(() -> importer.importCycle(ImportSource.file(input), null))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining(reason);
        assertThat(count("select count(*) from load where status = 'LOADED'")).isLessThanOrEqualTo(loads);
    }

    @Test
    void csvRejectsNameTheRowASpreadsheetShowsEvenWithBlankLinesAndMultiLineCells() throws Exception {
        Path csv = copyOfBadRows("rows");
        Files.writeString(csv.resolve("executives.csv"), String.join("\n",
                "executive_id,appointment_type,component,appraisal_start,appraisal_end,final_level",
                "B1,CAREER,Office A,2098-10-01,2099-09-30,4",
                "",
                "B2,CAREER,Office A,2098-10-01,2099-09-30,7",
                "B3,CAREER,\"Office\nA\",2098-10-01,2099-09-30,4",
                "B4,CAREER,Office A,2098-10-01,2099-09-30,9", ""));
        ImportOutcome outcome = importer.importCycle(ImportSource.file(csv), null);
        assertThat(jdbc.queryForList("select row_number from reject where load_id = ? and sheet = 'Executives' and code = 'LEVEL_OUT_OF_RANGE' order by 1",
                Long.class, outcome.loadId())).containsExactly(4L, 6L);
    }

    @Test
    void aCycleIdThatWouldEscapeTheOutputFolderIsRefused() throws Exception {
        Path csv = copyOfBadRows("escape");
        Files.writeString(csv.resolve("cycle.csv"), "key,value\nagency_code,BR00\ncycle_id,../../escape\nperiod_start,2098-10-01\nperiod_end,2099-09-30\n");
        assertRefused(csv, "cycle_id '../../escape' may hold only letters, digits");
    }

    @Test
    void aFolderNamedLikeACsvFileIsPassedOver() throws Exception {
        Path csv = copyOfBadRows("folder");
        Files.createDirectories(csv.resolve("notes.csv"));
        assertThat(importer.importCycle(ImportSource.file(csv), null).cycleId()).isEqualTo("FY2099");
    }

    private Path copyOfBadRows(String name) throws Exception {
        Path copy = Files.createDirectories(dir.resolve(name));
        try (var files = Files.list(Path.of("src/test/resources/fixtures/bad-rows"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }
}
