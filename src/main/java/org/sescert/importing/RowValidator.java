package org.sescert.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks one row on its own: every cell against its column, then the rules that span cells
 * of the row. Rules that need the whole sheet (duplicates, unknown executives) run in SQL
 * after staging. Pure: the same row always gives the same result.
 */
public final class RowValidator {

    private RowValidator() {
    }

    public static ValidatedRow validate(SheetLayout sheet, SourceRow row) {
        List<String> values = new ArrayList<>(sheet.columns().size());
        List<RowProblem> problems = new ArrayList<>();
        // A row the reader could not line up is its one problem: its cells would only add noise.
        List<RowProblem> readProblems = row.readProblems();
        boolean wholeRow = !readProblems.isEmpty() && readProblems.stream().anyMatch(p -> p.column() == null);
        if (wholeRow) {
            problems.addAll(row.readProblems());
        }
        for (ColumnLayout column : sheet.columns()) {
            CellReading reading = CellReading.read(column, row.get(column.name()));
            java.util.Optional<RowProblem> read = readProblems.isEmpty() ? java.util.Optional.empty()
                    : readProblems.stream().filter(p -> column.name().equals(p.column())).findFirst();
            values.add(read.isPresent() ? null : reading.value());
            if (wholeRow) {
                continue;
            }
            if (read.isPresent()) {
                problems.add(read.get());
            } else if (!reading.ok()) {
                problems.add(reading.problem());
            }
        }
        if (wholeRow) {
            return new ValidatedRow(sheet, row.rowNumber(), values, problems);
        }
        if (sheet == CycleLayout.EXECUTIVES) {
            checkExecutive(sheet, values, problems);
        } else if (sheet == GoalsLayout.GOALS) {
            notBefore(sheet, values, problems, "end_quarter", "start_quarter", "END_BEFORE_START");
        } else if (sheet == GoalsLayout.INDICATORS) {
            after(sheet, values, problems, "target_quarter", "baseline_quarter", "TARGET_NOT_AFTER_BASELINE");
        }
        return new ValidatedRow(sheet, row.rowNumber(), values, problems);
    }

    /** Quarters are canonical FY2026Q4 text here, which compares in time order. */
    private static void notBefore(SheetLayout sheet, List<String> values, List<RowProblem> problems, String later, String earlier, String code) {
        String a = values.get(sheet.indexOf(later));
        String b = values.get(sheet.indexOf(earlier));
        if (a != null && b != null && a.compareTo(b) < 0) {
            problems.add(new RowProblem(later, a, code, later + " " + a + " is before " + earlier + " " + b + "."));
        }
    }

    private static void after(SheetLayout sheet, List<String> values, List<RowProblem> problems, String later, String earlier, String code) {
        String a = values.get(sheet.indexOf(later));
        String b = values.get(sheet.indexOf(earlier));
        if (a != null && b != null && a.compareTo(b) <= 0) {
            problems.add(new RowProblem(later, a, code, later + " " + a + " must come after " + earlier + " " + b + "."));
        }
    }

    private static void checkExecutive(SheetLayout sheet, List<String> values, List<RowProblem> problems) {
        int payPool = sheet.indexOf("pay_pool");
        if (values.get(payPool) == null) {
            values.set(payPool, values.get(sheet.indexOf("component")));
        }
        String start = values.get(sheet.indexOf("appraisal_start"));
        String end = values.get(sheet.indexOf("appraisal_end"));
        // Canonical ISO dates with four-digit years (CellReading's): their text sorts in time order.
        if (start != null && end != null && end.compareTo(start) < 0) {
            problems.add(new RowProblem("appraisal_end", end, "END_BEFORE_START",
                    "appraisal_end " + end + " is before appraisal_start " + start + "."));
        }
    }
}
