package org.sescert.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sescert.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The goals workbook end to end: the sample loads whole, from a workbook or CSV files, and bad rows give exactly their rejects. */
class GoalsImportFunctionalTests extends DatabaseTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/goals");

    @Autowired
    GoalsImporter importer;

    @Test
    void theSampleGoalsLoadTheSameFromTheWorkbookAndTheCsvFiles() {
        ImportOutcome fromXlsx = importer.importGoals(ImportSource.file(Path.of("sample-data/sample-goals.xlsx")), ImportOptions.defaults());
        List<String> xlsx = goals();
        ImportOutcome fromCsv = importer.importGoals(ImportSource.file(Path.of("sample-data/goals-csv")), ImportOptions.defaults());

        assertThat(fromXlsx.rejectedRows()).isZero();
        assertThat(fromCsv.sheets()).isEqualTo(fromXlsx.sheets());
        assertThat(goals()).isEqualTo(xlsx).hasSize(7 + 7 + 45 + 10 + 9 + 2);
        assertThat(fromCsv.replaced().toString()).startsWith("load " + fromXlsx.loadId() + " of GOALS (7 goals, ");
        assertThat(count("select count(*) from load where load_id = ? and kind = 'GOALS' and status = 'LOADED'", fromCsv.loadId())).isEqualTo(1);
    }

    @Test
    void aPerformanceGovShapedWorkbookWithBadRowsGivesExactlyItsRejects() throws Exception {
        Path workbook = Files.createTempDirectory("goals").resolve("goals.xlsx");
        FixtureWorkbooks.goalsFromCsv(FIXTURE, workbook);
        for (Path input : List.of(FIXTURE, workbook)) {
            ImportOutcome outcome = importer.importGoals(ImportSource.file(input), new ImportOptions(50, 10, false));
            List<String> rejects = jdbc.queryForList("""
                    select sheet || ' row ' || row_number || ' ' || coalesce(column_name, '-') || ' ' || code
                    from reject where load_id = ? order by sheet, row_number, column_name""", String.class, outcome.loadId());
            assertThat(rejects).as(input.toString()).containsExactlyInAnyOrderElementsOf(Files.readAllLines(FIXTURE.resolve("expected-rejects.txt")));
            assertThat(outcome.refused()).isFalse();
            for (ImportOutcome.SheetCount sheet : outcome.sheets()) {
                assertThat(sheet.read()).as(sheet.sheet()).isEqualTo(sheet.loaded() + sheet.rejected());
            }
        }
        assertThat(jdbc.queryForObject("select message from reject where sheet = 'Actuals' and code = 'UNKNOWN_INDICATOR' order by reject_id desc limit 1",
                String.class)).isEqualTo("indicator APG-2.2 was rejected on the Indicators sheet (row 9), so this row is rejected too.");
        assertThat(jdbc.queryForObject("select message from reject where code = 'BAD_QUARTER' and value = 'FY2026Q5' limit 1", String.class))
                .contains("names quarter 5");
    }

    @Test
    void aGoalsWorkbookWithoutItsIndicatorsIsRefusedAtOnce() throws Exception {
        Path dir = Files.createTempDirectory("goals-no-indicators");
        for (String file : List.of("goals.csv", "actuals.csv")) {
            Files.copy(FIXTURE.resolve(file), dir.resolve(file));
        }
        assertThatThrownBy(() -> importer.importGoals(ImportSource.file(dir), ImportOptions.defaults()))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("has no Indicators sheet (indicators.csv); it is required");
    }

    private List<String> goals() {
        return jdbc.queryForList("""
                select 'goal|' || g::text from goal g union all select 'indicator|' || i::text from indicator i
                union all select 'actual|' || a::text from indicator_actual a union all select 'milestone|' || m.goal_id || m.milestone || m.due_quarter from milestone m
                union all select 'contributor|' || c.goal_id || c.contributor from contributor c union all select 'strategy|' || s.goal_id || s.quarter from strategy s
                order by 1""", String.class);
    }
}
