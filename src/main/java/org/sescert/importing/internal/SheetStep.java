package org.sescert.importing.internal;

import org.sescert.importing.RowValidator;
import org.sescert.importing.SheetLayout;
import org.sescert.importing.SourceRow;
import org.sescert.importing.ValidatedRow;
import org.sescert.importing.WorkbookLayout;
import org.sescert.jobs.ProgressLog;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The step of one sheet, the same for a cycle and for the goals: rows read (the step-scoped
 * reader binds to the step's sheet), each checked by the sheet's layout, written in chunks, with
 * progress from the bytes of the input read.
 */
public final class SheetStep {

    private SheetStep() {
    }

    public static Step of(WorkbookLayout layout, SheetLayout sheet, int chunkSize, SheetReader reader, StagingWriter writer,
                          JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder(layout.stepName(sheet), jobRepository)
                .<SourceRow, ValidatedRow>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(row -> RowValidator.validate(sheet, row))
                .writer(writer)
                .listener(new ProgressLog(sheet.name(), started -> ProgressLog.Measure.bytes(reader::bytesRead, reader::bytesTotal)))
                .build();
    }
}
