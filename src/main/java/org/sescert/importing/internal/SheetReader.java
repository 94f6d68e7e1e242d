package org.sescert.importing.internal;

import org.sescert.importing.ImportSource;
import org.sescert.importing.SheetLayout;
import org.sescert.importing.SourceRow;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads one sheet of an import source, row by row. Spring Batch saves the count of rows read
 * at each commit, so a restarted step skips what it already staged.
 */
public final class SheetReader extends AbstractItemCountingItemStreamItemReader<SourceRow> implements StepExecutionListener {

    private final SheetLayout sheet;
    private final ImportLimits limits;
    private ImportSource source;
    private CycleSource cycleSource;
    private RowStream rows;

    public SheetReader(SheetLayout sheet, ImportLimits limits) {
        this.sheet = sheet;
        this.limits = limits;
        setName("sheet-" + sheet.name());
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.source = ImportJobParameters.source(stepExecution.getJobExecution().getJobParameters());
    }

    @Override
    protected void doOpen() {
        cycleSource = CycleSources.open(source, limits);
        rows = cycleSource.location(sheet.name()).isPresent() ? cycleSource.rows(sheet) : null;
    }

    @Override
    protected SourceRow doRead() throws Exception {
        return rows == null ? null : rows.next();
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
