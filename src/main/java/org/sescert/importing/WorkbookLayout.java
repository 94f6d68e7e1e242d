package org.sescert.importing;

import java.util.List;
import java.util.Optional;

/**
 * A workbook the program imports (the cycle workbook, the goals workbook): its row sheets in the
 * order an import reads them, the sheet whose rows make a load worth having, and the checks only
 * a whole sheet can make, in the order they run.
 *
 * @param name         what the workbook is, in messages ("cycle", "goals")
 * @param stepPrefix   prefix of the import's sheet steps, "import-" giving "import-Executives"
 * @param primarySheet a load without rows here is refused
 */
public record WorkbookLayout(String name, String stepPrefix, List<SheetLayout> rowSheets, SheetLayout primarySheet,
                             List<ReconcileRule> reconcile) {

    public WorkbookLayout {
        rowSheets = List.copyOf(rowSheets);
        reconcile = List.copyOf(reconcile);
    }

    /** The name of the step that reads a sheet. */
    public String stepName(SheetLayout sheet) {
        return stepPrefix + sheet.name();
    }

    public SheetLayout sheetOfStep(String stepName) {
        return rowSheets.stream().filter(s -> stepName(s).equals(stepName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sheet of the " + name + " workbook is read by step " + stepName));
    }

    public Optional<SheetLayout> rowSheet(String anyName) {
        String key = CycleLayout.normalize(anyName);
        return rowSheets.stream().filter(s -> CycleLayout.normalize(s.name()).equals(key)).findFirst();
    }
}
