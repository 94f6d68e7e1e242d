package org.sescert.importing.internal;

import org.sescert.importing.ImportSource;
import org.sescert.importing.SheetLayout;
import org.sescert.importing.SourceRow;
import org.sescert.importing.WorkbookLayout;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads one sheet of an import source, row by row. Spring Batch saves the count of rows read
 * at each commit, so a restarted step skips what it already staged.
 */
public class SheetReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

    private final SheetLayout sheet;
    private final ImportLimits limits;
    private final ImportSource source;
    private CycleSource cycleSource;
    private RowStream rows;
    /**
     * Rows handed out, counted here rather than taken from the base class, whose count also
     * takes in the final end-of-sheet read. On a restart the base class skips ahead by reading
     * again, so this count comes back to where it stood without being restored.
     */
    private long rowsRead;

    /** One reader per step execution (step scope): the sheet is the step's, the source the job's. */
    public SheetReader(StepExecution step, ImportLimits limits, WorkbookLayout layout) {
        this.sheet = layout.sheetOfStep(step.getStepName());
        this.limits = limits;
        this.source = ImportJobParameters.from(step).source();
        setName(readerName(sheet));
    }

    static String readerName(SheetLayout sheet) {
        return "sheet-" + sheet.name();
    }

    /** Where the step's execution context keeps the rows read so far. */
    static String rowsReadKey(SheetLayout sheet) {
        return readerName(sheet) + ".rows";
    }

    @Override
    protected void doOpen() {
        cycleSource = CycleSources.open(source, limits);
        rows = cycleSource.location(sheet.name()).isPresent() ? cycleSource.rows(sheet) : null;
    }

    @Override
    protected SourceRow doRead() throws Exception {
        SourceRow row = rows == null ? null : rows.next();
        if (row != null) {
            rowsRead++;
        }
        return row;
    }

    @Override
    public void update(org.springframework.batch.infrastructure.item.ExecutionContext executionContext) {
        super.update(executionContext);
        executionContext.putLong(rowsReadKey(sheet), rowsRead);
        if (rows != null && !rows.warnings().isEmpty()) {
            executionContext.putString(WARNINGS_KEY, String.join("\n", rows.warnings()));
        }
    }

    /** Where a sheet's step keeps what a person should know of how the sheet was read. */
    private static final String WARNINGS_KEY = "sheet.warnings";

    /** What the sheets' reading found worth a warning (formulas, merged ranges), in the order the steps ran. */
    public static java.util.List<String> warnings(org.springframework.batch.core.job.JobExecution execution) {
        return execution.getStepExecutions().stream()
                .sorted(java.util.Comparator.comparing(StepExecution::getId, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .map(step -> step.getExecutionContext().getString(WARNINGS_KEY, ""))
                .filter(w -> !w.isEmpty()).flatMap(w -> w.lines()).toList();
    }

    /** The bytes of the sheet's input read so far, and its size, for the step's progress; -1 each when the source cannot say (a database). */
    public long bytesRead() {
        return rows == null ? -1 : rows.bytesRead();
    }

    public long bytesTotal() {
        return rows == null ? -1 : rows.bytesTotal();
    }

    @Override
    protected void doClose() {
        if (rows != null) {
            rows.close();
            rows = null;
        }
        if (cycleSource != null) {
            cycleSource.close();
            cycleSource = null;
        }
    }
}
