package org.sescert.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sescert.checking.CheckOutcome;
import org.sescert.checking.CycleChecker;
import org.sescert.generate.CycleFiles;
import org.sescert.generate.CycleGenerator;
import org.sescert.generate.SyntheticCycle;
import org.sescert.importing.CycleImporter;
import org.sescert.importing.CycleLayout;
import org.sescert.importing.ImportSource;
import org.sescert.support.DatabaseTest;
import org.sescert.system.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The certification report job end to end, on the sample cycle and on cycles built to show one thing. */
class CertificationReportFunctionalTests extends DatabaseTest {

    private static final Path SAMPLE = Path.of("sample-data/sample-cycle.xlsx");
    private static final String DASH = "\u2013";

    @Autowired
    CycleImporter importer;

    @Autowired
    CycleChecker checker;

    @Autowired
    CertificationReporter reporter;

    private CertificationOutcome sampleReport(String folder) throws Exception {
        importer.importCycle(ImportSource.file(SAMPLE), null);
        checker.check("FY2026", null);
        return reporter.report("FY2026", fresh(folder));
    }

    private static Path fresh(String name) throws Exception {
        Path dir = Path.of("target/test-out/certification", name);
        if (Files.isDirectory(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return dir;
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    @Test
    void theSamplesPackageHoldsEveryFileAndItsManifestNamesInputsPolicyAndJob() throws Exception {
        CertificationOutcome outcome = sampleReport("files");

        assertThat(outcome.files()).containsExactly("certification-evidence.pdf", "opm-1558.xlsx", "findings.xlsx", "findings.csv",
                "rejects.xlsx", "rejects.csv", "distribution-disclosure.pdf");
        JsonNode manifest = JsonMapper.builder().build().readTree(outcome.folder().resolve("manifest.json").toFile());
        JsonNode section = manifest.path("sections").path("certification");
        assertThat(manifest.path("files").path("certification-evidence.pdf").path("job_execution_id").asLong()).isEqualTo(outcome.jobExecutionId());
        assertThat(manifest.path("load").asLong()).isEqualTo(outcome.loadId());
        assertThat(section.path("check_run_id").asLong()).isEqualTo(outcome.checkRunId());
        assertThat(section.path("inputs").get(0).path("sha256").asString())
                .isEqualTo(jdbc.queryForObject("select sha256 from load_input where load_id = ?", String.class, outcome.loadId()));
        assertThat(section.path("policy").path("sha256").asString())
                .isEqualTo(jdbc.queryForObject("select policy_sha256 from check_run where run_id = ?", String.class, outcome.checkRunId()));
        assertThat(section.path("counts").path("executives").asLong()).isEqualTo(count("select count(*) from executive where cycle_id = 'FY2026'"));
        assertThat(section.path("rendering").path("certification-evidence.pdf").path("pages").asInt()).isGreaterThan(15);
        assertThat(count("select count(*) from report_run where run_id = ? and status = 'DONE'", outcome.runId())).isEqualTo(1);
        // Nothing of the run is left outside the package.
        try (var files = Files.list(outcome.folder())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }

    @Test
    void theEvidencePdfStatesTheDatabasesFigures() throws Exception {
        CertificationOutcome outcome = sampleReport("figures");
        String text = text(outcome.folder().resolve("certification-evidence.pdf"));

        long executives = count("select count(*) from executive where cycle_id = 'FY2026'");
        long rated = count("select count(*) from executive where cycle_id = 'FY2026' and final_level is not null");
        assertThat(text).contains("Executives in the load " + executives).contains("Rated (final rating recorded) " + rated);
        for (String severity : List.of("ERROR", "WARNING", "INFO")) {
            long findings = count("select count(*) from finding where run_id = ? and severity = ?", outcome.checkRunId(), severity);
            assertThat(text).contains(severity + " findings " + findings);
        }
        // The distribution by stage, row by row: Level 1 .. Level 5, then the total.
        for (String[] stage : new String[][] {{"INITIAL", "Initial"}, {"PRB", "PRB"}, {"FINAL", "Final"}}) {
            StringBuilder row = new StringBuilder(stage[1]);
            long total = 0;
            for (int level = 1; level <= 5; level++) {
                long n = count("select count(*) from executive where cycle_id = 'FY2026' and " + stage[0].toLowerCase(java.util.Locale.ROOT)
                        + "_level = ?", level);
                row.append(' ').append(n);
                total += n;
            }
            row.append(' ').append(total);
            assertThat(text).as(stage[1]).containsPattern("(?m)^" + Pattern.quote(row.toString()) + " ");
        }
        // Every finding is in the appendix with its evidence line.
        String evidence = jdbc.queryForObject("select evidence from finding where run_id = ? and rule = 'RATING_INITIAL_MISMATCH'", String.class,
                outcome.checkRunId());
        assertThat(text).contains("Evidence: " + evidence);
        assertThat(text).contains("CRITERION 9 OF 9").contains("Where the data cannot speak: attach a narrative");
    }

    /**
     * Renders every page (as a reader sees it) and keeps one in docs/ for the README. The docs copy is
     * written when missing, or with -Dsescert.update-docs=true: its header carries run ids, which
     * differ from run to run.
     */
    @Test
    void everyPageRendersWithInkOnItAndOneIsKeptForTheReadme() throws Exception {
        CertificationOutcome outcome = sampleReport("pages");
        Path pages = Files.createDirectories(Path.of("target/test-out/certification/pages-png"));
        int distributionsPage = -1;
        try (PDDocument document = Loader.loadPDF(outcome.folder().resolve("certification-evidence.pdf").toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 60);
                ImageIO.write(image, "png", pages.resolve("page-" + (i + 1) + ".png").toFile());
                assertThat(inkShare(image)).as("page %d has something on it", i + 1).isGreaterThan(0.01);
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                if (distributionsPage < 0 && stripper.getText(document).contains("Rating distributions\n")) {
                    distributionsPage = i + 1;
                }
            }
        }
        assertThat(distributionsPage).isPositive();
        // Its bar chart is drawn: a good share of the page is the chart's blues.
        BufferedImage chartPage = ImageIO.read(pages.resolve("page-" + distributionsPage + ".png").toFile());
        assertThat(colouredShare(chartPage)).isGreaterThan(0.02);
        Path docs = Path.of("docs/certification-evidence-page-" + distributionsPage + ".png");
        if (!Files.exists(docs) || Boolean.getBoolean("sescert.update-docs")) {
            try (PDDocument document = Loader.loadPDF(outcome.folder().resolve("certification-evidence.pdf").toFile())) {
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(distributionsPage - 1, 96), "png", docs.toFile());
            }
        }
        assertThat(docs).exists();
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                ink += rgb != 0xFFFFFF ? 1 : 0;
            }
        }
        return (double) ink / (image.getWidth() * image.getHeight());
    }

    private static double colouredShare(BufferedImage image) {
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                coloured += b - r > 40 && b > 90 ? 1 : 0;
            }
        }
        return (double) coloured / (image.getWidth() * image.getHeight());
    }

    @Test
    void partBOfTheOpm1558HasOneRowPerRatedExecutiveAndTheDatabasesSums() throws Exception {
        CertificationOutcome outcome = sampleReport("opm-1558");
        try (InputStream in = Files.newInputStream(outcome.folder().resolve("opm-1558.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet partB = book.getSheet("Part B");
            List<String> ids = new ArrayList<>();
            BigDecimal before = BigDecimal.ZERO;
            BigDecimal after = BigDecimal.ZERO;
            BigDecimal awards = BigDecimal.ZERO;
            for (Row row : partB) {
                if (row.getRowNum() == 0) {
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Executive ID");
                    continue;
                }
                ids.add(row.getCell(0).getStringCellValue());
                // An executive whose Pay row was rejected has a rating and empty pay cells.
                before = before.add(amount(row, 3));
                after = after.add(amount(row, 4));
                awards = awards.add(amount(row, 7));
                assertThat(row.getCell(2).getNumericCellValue()).isBetween(1.0, 5.0);
            }
            assertThat(ids).doesNotHaveDuplicates()
                    .hasSize((int) count("select count(*) from executive where cycle_id = 'FY2026' and final_level is not null"));
            Map<String, Object> sums = jdbc.queryForMap("""
                    select sum(p.basic_pay_before) as before, sum(p.basic_pay_after) as after, sum(p.performance_award) as awards
                    from executive e join pay p using (cycle_id, executive_id) where e.cycle_id = 'FY2026' and e.final_level is not null""");
            assertThat(before).isEqualByComparingTo((BigDecimal) sums.get("before"));
            assertThat(after).isEqualByComparingTo((BigDecimal) sums.get("after"));
            assertThat(awards).isEqualByComparingTo((BigDecimal) sums.get("awards"));
            assertThat(partB.getPaneInformation().isFreezePane()).isTrue();
            assertThat(partB.getRow(1).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.00%");

            Sheet partA = book.getSheet("Part A");
            assertThat(partA.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Certification status");
        }
    }

    private static BigDecimal amount(Row row, int column) {
        var cell = row.getCell(column);
        return cell == null ? BigDecimal.ZERO : BigDecimal.valueOf(cell.getNumericCellValue());
    }

    @Test
    void twoRunsWriteTheSameCsvAndXlsxBytesAndTheChecksFindingsFileIsTheSame() throws Exception {
        CertificationOutcome first = sampleReport("bytes-1");
        CertificationOutcome second = reporter.report("FY2026", fresh("bytes-2"));

        for (String name : List.of("findings.csv", "findings.xlsx", "opm-1558.xlsx", "rejects.csv", "rejects.xlsx")) {
            assertThat(Files.readAllBytes(second.folder().resolve(name))).as(name).isEqualTo(Files.readAllBytes(first.folder().resolve(name)));
        }
        Path checksFile = Path.of("target/test-out/FY2026/findings.csv");
        assertThat(Files.readAllBytes(first.folder().resolve("findings.csv"))).isEqualTo(Files.readAllBytes(checksFile));
    }

    @Test
    void aLevelOfThreePeopleIsHiddenAndSoIsEveryFigureThatWouldRevealIt() throws Exception {
        // 80 executives: 4 at Level 1, 3 at Level 2, the rest spread over Levels 3 to 5.
        SyntheticCycle cycle = new CycleGenerator(11).generate(80);
        cycle.cycleValues().put("cycle_id", "FY2093");
        int finalLevel = CycleLayout.EXECUTIVES.indexOf("final_level");
        List<List<String>> executives = cycle.rows(CycleLayout.EXECUTIVES);
        for (int i = 0; i < executives.size(); i++) {
            executives.get(i).set(finalLevel, Integer.toString(i < 4 ? 1 : i < 7 ? 2 : 3 + i % 3));
        }
        Path dir = Files.createTempDirectory("three").resolve("csv");
        CycleFiles.writeCsv(cycle, dir);
        importer.importCycle(ImportSource.file(dir), null);
        checker.check("FY2093", null);
        CertificationOutcome outcome = reporter.report("FY2093", fresh("three"));
        assertThat(count("select count(*) from executive where cycle_id = 'FY2093' and final_level = 2")).isEqualTo(3);

        String text = text(outcome.folder().resolve("distribution-disclosure.pdf"));
        List<String[]> components = tableRows(text, "Final ratings by component", "Final ratings by appointment type");
        List<String[]> types = tableRows(text, "Final ratings by appointment type", "Mean pay adjustment");
        for (List<String[]> table : List.of(components, types)) {
            String[] agency = table.get(table.size() - 1);
            assertThat(agency[0]).isEqualTo("All executives");
            assertThat(agency[2]).as("Level 2, 3 people").isEqualTo(DASH);
            // A row or column with a shown total never hides exactly one figure.
            for (String[] row : table) {
                assertThat(java.util.Arrays.stream(row).filter(DASH::equals).count()).as("row %s", row[0]).isNotEqualTo(1);
            }
            for (int column = 1; column <= 6; column++) {
                int c = column;
                assertThat(table.stream().filter(r -> r[c].equals(DASH)).count()).as("column %d", column).isNotEqualTo(1);
            }
            // Every count shown is 4 or more.
            table.forEach(row -> java.util.Arrays.stream(row).skip(1).filter(v -> !v.equals(DASH))
                    .forEach(v -> assertThat(Long.parseLong(v.replace(",", ""))).isGreaterThanOrEqualTo(4)));
        }
        Matcher level2 = Pattern.compile("(?m)^Level 2 (\\S+) (\\S+)$").matcher(text);
        assertThat(level2.find()).isTrue();
        assertThat(level2.group(1)).as("mean pay adjustment of 3 people").isEqualTo(DASH);
        assertThat(level2.group(2)).isEqualTo(DASH);
    }

    /** The rows of a disclosure table: label, Level 1..5, total. */
    private static List<String[]> tableRows(String text, String from, String to) {
        String table = text.substring(text.indexOf(from), text.indexOf(to));
        List<String[]> rows = new ArrayList<>();
        Pattern row = Pattern.compile("(?m)^(.+?) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+)$");
        Matcher m = row.matcher(table);
        while (m.find()) {
            if (!m.group(7).equals("Total")) {
                rows.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)});
            }
        }
        return rows;
    }

    @Test
    void aCycleWhoseCurrentLoadIsNotCheckedIsRefused() throws Exception {
        SyntheticCycle cycle = new CycleGenerator(12).generate(20);
        cycle.cycleValues().put("cycle_id", "FY2094");
        Path dir = Files.createTempDirectory("unchecked").resolve("csv");
        CycleFiles.writeCsv(cycle, dir);
        importer.importCycle(ImportSource.file(dir), null);
        assertThatThrownBy(() -> reporter.report("FY2094", fresh("unchecked"))).isInstanceOf(RefusedException.class)
                .hasMessageContaining("has no check of its current load").hasMessageContaining("sescert check --cycle FY2094");
        CheckOutcome checked = checker.check("FY2094", null);
        assertThat(reporter.report("FY2094", fresh("unchecked")).checkRunId()).isEqualTo(checked.runId());

        assertThatThrownBy(() -> reporter.report("FY1999", null)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("cycle FY1999 is not in the database");
    }

    @Test
    void aFailedReportRestartsWhereItStoppedAndPublishesTheWholePackage() throws Exception {
        importer.importCycle(ImportSource.file(SAMPLE), null);
        checker.check("FY2026", null);
        Path folder = fresh("restart");
        long execution;
        // The disclosure step's dataset goes missing: the run fails after the evidence PDF is made.
        jdbc.execute("alter view pay_by_level_contributors rename to pay_by_level_contributors_away");
        try {
            assertThatThrownBy(() -> reporter.report("FY2026", folder)).isInstanceOf(org.sescert.jobs.JobFailedException.class);
        } finally {
            jdbc.execute("alter view pay_by_level_contributors_away rename to pay_by_level_contributors");
        }
        execution = jdbc.queryForObject("select max(job_execution_id) from report_run", Long.class);
        long runId = jdbc.queryForObject("select run_id from report_run where job_execution_id = ?", Long.class, execution);
        assertThat(count("select count(*) from report_run where run_id = ? and status = 'FAILED'", runId)).isEqualTo(1);
        assertThat(folder.resolve("certification-evidence.pdf")).doesNotExist();

        var restarted = jobs.restart(execution);
        assertThat(restarted.getStepExecutions()).extracting(s -> s.getStepName()).containsExactly("report-disclosure", "report-publish");
        assertThat(folder.resolve("certification-evidence.pdf")).exists();
        assertThat(folder.resolve("distribution-disclosure.pdf")).exists();
        assertThat(count("select count(*) from report_run where run_id = ? and status = 'DONE'", runId)).isEqualTo(1);
    }

    @Autowired
    org.sescert.jobs.JobRunner jobs;

    @Test
    void aSecondReportOfTheSameCycleWhileOneRunsIsRefused() throws Exception {
        importer.importCycle(ImportSource.file(SAMPLE), null);
        checker.check("FY2026", null);
        try (var held = org.sescert.jobs.SubjectLock.acquire(jdbc.getDataSource(), org.sescert.jobs.Subject.cycle("report", "FY2026"))) {
            assertThatThrownBy(() -> reporter.report("FY2026", fresh("locked"))).isInstanceOf(RefusedException.class)
                    .hasMessageContaining("another report of cycle FY2026 is running");
        }
    }
}
