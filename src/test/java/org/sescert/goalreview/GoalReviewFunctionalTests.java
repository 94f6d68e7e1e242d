package org.sescert.goalreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sescert.goals.RiskCategory;
import org.sescert.importing.GoalsImporter;
import org.sescert.importing.ImportOptions;
import org.sescert.importing.ImportSource;
import org.sescert.support.DatabaseTest;
import org.sescert.system.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;

/** The PIO's review end to end on the sample goals: the risks, the findings, the PDF and the workbook. */
class GoalReviewFunctionalTests extends DatabaseTest {

    @Autowired
    GoalsImporter importer;

    @Autowired
    GoalReviewer reviewer;

    @Test
    void theSampleGoalsReviewGivesEachGoalItsRiskInThePdfAndTheWorkbook() throws Exception {
        importer.importGoals(ImportSource.file(Path.of("sample-data/sample-goals.xlsx")), ImportOptions.defaults());
        Path out = Files.createTempDirectory("review");

        GoalReviewer.GoalReviewOutcome outcome = reviewer.review("FY2026Q4", null, out);

        assertThat(outcome.goalsByRisk()).containsEntry(RiskCategory.HIGH, List.of("APG-2", "APG-4", "APG-7"))
                .containsEntry(RiskCategory.MEDIUM, List.of("APG-3")).containsEntry(RiskCategory.LOW, List.of("APG-1", "APG-5"))
                .containsEntry(RiskCategory.UNKNOWN, List.of("APG-6"));
        assertThat(outcome.findingsByRule()).containsEntry("GOAL_HIGH_RISK", 3L).containsEntry("GOAL_NO_STRATEGY", 2L)
                .containsEntry("GOAL_STALE_DATA", 1L).containsEntry("GOAL_MILESTONE_OVERDUE", 3L);
        assertThat(count("select count(*) from goal_finding where run_id = ?", outcome.runId())).isEqualTo(9);
        assertThat(jdbc.queryForObject("select status from goal_review_run where run_id = ?", String.class, outcome.runId())).isEqualTo("DONE");

        // Every goal's page names the goal and its risk; the high-risk goals without a strategy are marked.
        Map<String, String> pages = goalPages(out.resolve("goals-review-FY2026Q4.pdf"));
        assertThat(pages).containsKeys("APG-1", "APG-2", "APG-3", "APG-4", "APG-5", "APG-6", "APG-7");
        outcome.goalsByRisk().forEach((risk, goals) -> goals.forEach(goal -> assertThat(pages.get(goal)).as(goal).contains(risk.name())));
        assertThat(pages.get("APG-4")).contains("NEEDS A STRATEGY");
        assertThat(pages.get("APG-7")).contains("NEEDS A STRATEGY");
        assertThat(pages.get("APG-2")).doesNotContain("NEEDS A STRATEGY").contains("Strategy for FY2026Q4");

        try (XSSFWorkbook workbook = new XSSFWorkbook(out.resolve("goals-review-FY2026Q4.xlsx").toFile())) {
            Sheet goals = workbook.getSheet("Goals");
            assertThat(header(goals)).startsWith("goal_id", "title", "goal_leader", "start_quarter", "end_quarter", "risk");
            Map<String, String> risks = new LinkedHashMap<>();
            for (Row row : goals) {
                if (row.getRowNum() > 0) {
                    risks.put(row.getCell(0).getStringCellValue(), row.getCell(5).getStringCellValue());
                }
            }
            assertThat(risks).containsEntry("APG-2", "HIGH").containsEntry("APG-6", "UNKNOWN").hasSize(7);
            Sheet indicators = workbook.getSheet("Indicators");
            assertThat(header(indicators)).contains("likelihood", "progress_to_date", "projected_value", "method");
            assertThat(indicators.getRow(1).getCell(header(indicators).indexOf("baseline")).getNumericCellValue()).isEqualTo(150.0);
            assertThat(header(workbook.getSheet("Findings"))).containsExactly("cycle_id", "rule", "severity", "scope", "subject", "message", "evidence");
            assertThat(workbook.getSheet("Findings").getPhysicalNumberOfRows()).isEqualTo(1 + 9);
        }
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("goals-review-FY2026Q4.pdf").contains("\"settings_sha256\"");
    }

    @Test
    void aReviewWithoutGoalsOrWithABadQuarterIsRefused() {
        assertThatThrownBy(() -> reviewer.review("2026Q4", null, null)).isInstanceOf(RefusedException.class).hasMessageContaining("FY2026Q4");
    }

    static Map<String, String> goalPages(Path pdf) throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 2; page <= document.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String content = text.getText(document);
                String goal = content.strip().split("\\s+")[0];
                pages.merge(goal, content, String::concat);
            }
        }
        return pages;
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }
}
