package org.sescert.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sescert.importing.ColumnLayout;
import org.sescert.importing.ColumnType;
import org.sescert.importing.GoalsLayout;
import org.sescert.importing.SheetLayout;
import org.sescert.output.CsvTable;
import org.sescert.output.XlsxBook;
import org.sescert.output.XlsxBook.Column;

/**
 * The sample goals workbook: seven priority goals of the Sample Agency over FY2025-FY2026,
 * shaped like the progress updates agencies publish on Performance.gov (units in percent, days
 * and counts; a quarter not reported; a target revised mid-goal; an indicator reported once a
 * year), with a mix of risks at FY2026Q4: two LOW, one MEDIUM, three HIGH, one UNKNOWN.
 * sample-data/README.md says what each goal shows.
 */
public final class SampleGoals {

    private final Map<SheetLayout, List<List<String>>> rows = new LinkedHashMap<>();

    private SampleGoals() {
        GoalsLayout.ROW_SHEETS.forEach(s -> rows.put(s, new ArrayList<>()));
    }

    public static SampleGoals build() {
        SampleGoals s = new SampleGoals();
        // APG-1: claims decided faster, falling steadily toward its target: LOW.
        s.goal("APG-1", "Decide disability claims faster", "By September 30, 2026, cut the average days to decide an initial disability claim from 150 to 100.",
                "Deputy Commissioner for Operations", "FY2025Q1", "FY2026Q4", "Strategic Goal 1: Deliver services effectively");
        s.indicator("APG-1.1", "APG-1", "Average days to decide an initial claim", "days", "DECREASE", "150", "FY2024Q4", "100", "FY2026Q4");
        s.actuals("APG-1.1", "FY2025Q1", "146", "FY2025Q2", "140", "FY2025Q3", "133", "FY2025Q4", "127", "FY2026Q1", "120",
                "FY2026Q2", "113", "FY2026Q3", "107", "FY2026Q4", "99");
        s.milestone("APG-1", "Deploy the case-routing tool to all field offices", "FY2025Q4", "FY2025Q4");
        s.milestone("APG-1", "Hire 400 claims specialists", "FY2026Q2", "FY2026Q2");
        s.contributor("APG-1", "Office of Field Operations", "ORGANIZATION", "Y", "");
        s.contributor("APG-1", "Disability Determination Services (state agencies)", "PROGRAM", "Y", "");

        // APG-2: cloud migration stalled far from its target: HIGH, with a strategy for the quarter.
        s.goal("APG-2", "Move mission systems to the cloud", "By September 30, 2026, run 80 percent of mission systems in FedRAMP-authorized cloud services.",
                "Chief Information Officer", "FY2025Q1", "FY2026Q4", "Strategic Goal 4: Modernize the agency's operations");
        s.indicator("APG-2.1", "APG-2", "Mission systems running in the cloud", "percent", "INCREASE", "20", "FY2024Q4", "80", "FY2026Q4");
        s.actuals("APG-2.1", "FY2025Q1", "24", "FY2025Q2", "29", "FY2025Q3", "33", "FY2025Q4", "35", "FY2026Q1", "36",
                "FY2026Q2", "36", "FY2026Q3", "37", "FY2026Q4", "37");
        s.milestone("APG-2", "Award the cloud hosting contract", "FY2025Q2", "FY2025Q3");
        s.contributor("APG-2", "Office of the Chief Information Officer", "ORGANIZATION", "Y", "");
        s.contributor("APG-2", "Cloud hosting contract", "PROGRAM", "N", "Protest delayed the award by a quarter; migration waves slipped");
        s.strategy("APG-2", "FY2026Q4", "Re-sequence the migration waves, moving the 12 smallest systems first; add a second integrator.");

        // APG-3: customer experience on course for its target, but one milestone overdue: MEDIUM.
        s.goal("APG-3", "Improve the customer experience of the online services", "By September 30, 2027, raise the customer satisfaction score of the online services from 68 to 75.",
                "Chief Customer Experience Officer", "FY2025Q1", "FY2027Q4", "Strategic Goal 1: Deliver services effectively");
        s.indicator("APG-3.1", "APG-3", "Customer satisfaction score, online services (0-100)", "score", "INCREASE", "68", "FY2024Q4", "75", "FY2027Q4");
        s.actuals("APG-3.1", "FY2025Q1", "68.6", "FY2025Q2", "69.4", "FY2025Q3", "70.0", "FY2025Q4", "70.9", "FY2026Q1", "71.6",
                "FY2026Q2", "72.1", "FY2026Q3", "72.9", "FY2026Q4", "73.5");
        s.milestone("APG-3", "Publish the plain-language redesign of the benefits pages", "FY2026Q3", "");
        s.milestone("APG-3", "Launch the online appointment scheduler", "FY2026Q1", "FY2026Q1");
        s.contributor("APG-3", "Office of Digital Services", "ORGANIZATION", "Y", "");
        s.strategy("APG-3", "FY2026Q3", "Add user research to every release; publish the redesign in two parts.");

        // APG-4: improper payments, reported once a year, falling too slowly for the target: HIGH, no strategy.
        s.goal("APG-4", "Reduce improper payments", "By September 30, 2026, reduce the improper payment rate of the benefits program from 7.2 to 4.0 percent.",
                "Chief Financial Officer", "FY2025Q1", "FY2026Q4", "Strategic Goal 3: Steward the public's money");
        s.indicator("APG-4.1", "APG-4", "Improper payment rate", "percent", "DECREASE", "7.2", "FY2022Q4", "4.0", "FY2026Q4");
        s.actuals("APG-4.1", "FY2023Q4", "7.0", "FY2024Q4", "6.7", "FY2025Q4", "6.3", "FY2026Q4", "6.0");
        s.milestone("APG-4", "Start pre-payment income verification", "FY2026Q2", "FY2026Q2");
        s.contributor("APG-4", "Payment Integrity Act guidance (OMB Circular A-123, Appendix C)", "POLICY", "Y", "");

        // APG-5: cyber workforce ahead of pace after the target was raised from 1,000 to 1,200 in FY2026Q1: LOW;
        // no actual was reported for FY2025Q3.
        s.goal("APG-5", "Build the cybersecurity workforce", "By September 30, 2026, have 1,200 cybersecurity specialists on board (raised from 1,000 in FY2026Q1).",
                "Chief Human Capital Officer", "FY2025Q1", "FY2026Q4", "Strategic Goal 4: Modernize the agency's operations");
        s.indicator("APG-5.1", "APG-5", "Cybersecurity specialists on board", "count", "INCREASE", "610", "FY2024Q4", "1200", "FY2026Q4");
        s.actual("APG-5.1", "FY2025Q1", "690", "700");
        s.actual("APG-5.1", "FY2025Q2", "770", "760");
        s.actual("APG-5.1", "FY2025Q4", "905", "880");
        s.actual("APG-5.1", "FY2026Q1", "990", "960");
        s.actual("APG-5.1", "FY2026Q2", "1075", "1020");
        s.actual("APG-5.1", "FY2026Q3", "1150", "1110");
        s.actual("APG-5.1", "FY2026Q4", "1236", "1200");
        s.milestone("APG-5", "Open the direct-hire authority announcement", "FY2025Q1", "FY2025Q1");
        s.contributor("APG-5", "Direct-hire authority (OPM)", "REGULATION", "Y", "");

        // APG-6: a new goal with two actuals, and none for FY2026Q4: UNKNOWN, with stale data.
        s.goal("APG-6", "Expand rental assistance to rural households", "By September 30, 2027, serve 25,000 more rural households a year than in FY2025.",
                "Assistant Secretary for Rural Programs", "FY2026Q1", "FY2027Q4", "Strategic Goal 2: Strengthen communities");
        s.indicator("APG-6.1", "APG-6", "Additional rural households served (year to date)", "households", "INCREASE", "0", "FY2025Q4", "25000", "FY2027Q4");
        s.actuals("APG-6.1", "FY2026Q2", "3100", "FY2026Q3", "5200");
        s.contributor("APG-6", "State housing finance agencies", "ORGANIZATION", "", "Data sharing agreements pending");

        // APG-7: grants on pace, but two milestones overdue and a contributor off track: HIGH, no strategy.
        s.goal("APG-7", "Award research grants faster", "By September 30, 2026, award research grants within 120 days of the application deadline.",
                "Director, Office of Grants", "FY2025Q1", "FY2026Q4", "Strategic Goal 3: Steward the public's money");
        s.indicator("APG-7.1", "APG-7", "Median days from application deadline to award", "days", "DECREASE", "180", "FY2024Q4", "120", "FY2026Q4");
        s.actuals("APG-7.1", "FY2025Q1", "174", "FY2025Q2", "166", "FY2025Q3", "158", "FY2025Q4", "151", "FY2026Q1", "143",
                "FY2026Q2", "136", "FY2026Q3", "128", "FY2026Q4", "119");
        s.milestone("APG-7", "Retire the legacy grants system", "FY2026Q2", "");
        s.milestone("APG-7", "Publish the simplified application form", "FY2026Q3", "");
        s.milestone("APG-7", "Train all program officers on the new review process", "FY2025Q4", "FY2025Q4");
        s.contributor("APG-7", "Grants management system modernization", "PROGRAM", "N", "Vendor transition; data migration behind schedule");
        return s;
    }

    private void goal(String id, String title, String statement, String leader, String start, String end, String link) {
        add(GoalsLayout.GOALS, id, title, statement, leader, start, end, link);
    }

    private void indicator(String id, String goal, String name, String unit, String direction, String baseline, String baselineQuarter,
                           String target, String targetQuarter) {
        add(GoalsLayout.INDICATORS, id, goal, name, unit, direction, baseline, baselineQuarter, target, targetQuarter);
    }

    private void actuals(String indicator, String... quarterAndValue) {
        for (int i = 0; i < quarterAndValue.length; i += 2) {
            actual(indicator, quarterAndValue[i], quarterAndValue[i + 1], null);
        }
    }

    private void actual(String indicator, String quarter, String actual, String planned) {
        add(GoalsLayout.ACTUALS, indicator, quarter, actual, planned);
    }

    private void milestone(String goal, String milestone, String due, String completed) {
        add(GoalsLayout.MILESTONES, goal, milestone, due, completed.isEmpty() ? null : completed);
    }

    private void contributor(String goal, String contributor, String kind, String onTrack, String note) {
        add(GoalsLayout.CONTRIBUTORS, goal, contributor, kind, onTrack.isEmpty() ? null : onTrack, note.isEmpty() ? null : note);
    }

    private void strategy(String goal, String quarter, String strategy) {
        add(GoalsLayout.STRATEGIES, goal, quarter, strategy);
    }

    private void add(SheetLayout sheet, String... values) {
        if (values.length != sheet.columns().size()) {
            throw new IllegalArgumentException(sheet.name() + " has " + sheet.columns().size() + " columns, not " + values.length);
        }
        rows.get(sheet).add(java.util.Arrays.asList(values));
    }

    public List<List<String>> rows(SheetLayout sheet) {
        return rows.get(sheet);
    }

    /** A goals workbook of given rows (a test fixture read from its CSV files), to write as a workbook. */
    public static SampleGoals of(Map<SheetLayout, List<List<String>>> sheets) {
        SampleGoals goals = new SampleGoals();
        sheets.forEach((sheet, list) -> goals.rows.get(sheet).addAll(list));
        return goals;
    }

    /** The workbook: numbers as number cells, as a person's spreadsheet holds them. */
    public void writeXlsx(Path file) throws IOException {
        try (XlsxBook book = XlsxBook.sourceData()) {
            for (SheetLayout sheet : GoalsLayout.ROW_SHEETS) {
                XlsxBook.Sheet out = book.table(sheet.name(), sheet.columns().stream()
                        .map(c -> Column.text(c.name(), c.name().equals("statement") || c.name().equals("strategy") ? 60 : Math.max(12, c.name().length() + 2))).toList());
                for (List<String> row : rows.get(sheet)) {
                    List<Object> cells = new ArrayList<>();
                    for (int i = 0; i < row.size(); i++) {
                        ColumnLayout column = sheet.columns().get(i);
                        cells.add(row.get(i) != null && column.type() == ColumnType.NUMBER ? number(row.get(i)) : row.get(i));
                    }
                    out.row(cells);
                }
            }
            book.write(file);
        }
    }

    /** A number cell where the text is a number; the text itself where it is not (a defect a fixture plants). */
    private static Object number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** The same sheets as CSV files named after them. */
    public void writeCsv(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (SheetLayout sheet : GoalsLayout.ROW_SHEETS) {
            try (CsvTable csv = CsvTable.sourceData(dir.resolve(sheet.csvFileName()), sheet.columns().stream().map(ColumnLayout::name).toList())) {
                rows.get(sheet).forEach(csv::row);
            }
        }
    }
}
