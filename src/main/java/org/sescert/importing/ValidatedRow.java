package org.sescert.importing;

import java.util.List;

/**
 * A source row after checking: the canonical values in the sheet's column order (null for an
 * empty or unreadable cell) and the problems, if any, that make it a reject.
 */
public record ValidatedRow(SheetLayout sheet, long rowNumber, List<String> values, List<RowProblem> problems) {

    public ValidatedRow {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
