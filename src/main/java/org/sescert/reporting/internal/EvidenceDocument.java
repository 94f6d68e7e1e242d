package org.sescert.reporting.internal;

import java.io.IOException;
import java.util.Map;

import net.sf.jasperreports.engine.JasperPrint;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * {@code certification-evidence.pdf}: reads the evidence from the datasets, fills the templates and
 * exports the PDF, and notes in the step's context how long each part took and how many pages it
 * made.
 */
public final class EvidenceDocument implements Tasklet {

    static final String TEMPLATE = "certification-evidence";
    private static final Map<String, String> SUBREPORTS = Map.of(
            "DISTRIBUTIONS_REPORT", "evidence-distributions", "LEVEL_TABLE_REPORT", "level-table", "PAY_REPORT", "evidence-pay",
            "ORG_REPORT", "evidence-org-assessment", "COMPLIANCE_REPORT", "evidence-compliance", "FINDINGS_REPORT", "evidence-findings",
            "APPENDIX_REPORT", "evidence-appendix");

    private final EvidenceReader reader;
    private final ReportEngine engine;
    private final ReportRun run;

    public EvidenceDocument(EvidenceReader reader, ReportEngine engine, ReportRun run) {
        this.reader = reader;
        this.engine = engine;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long compiling = System.nanoTime();
        Map<String, Object> parameters = new java.util.HashMap<>();
        engine.template(TEMPLATE);
        SUBREPORTS.forEach((parameter, template) -> parameters.put(parameter, engine.template(template)));
        long started = System.nanoTime();
        EvidenceReader.Evidence evidence = reader.read(run, contribution.getStepExecution().getJobExecutionId());
        parameters.putAll(evidence.parameters());
        long read = System.nanoTime();
        JasperPrint print = engine.fill(TEMPLATE, parameters, RecordDataSource.of(ReportRows.Criterion.class, evidence.criteria()));
        long filled = System.nanoTime();
        run.staging().create();
        engine.pdf(print, run.agency() + " " + run.cycleId() + " certification evidence", run.staging().file(PackageFiles.EVIDENCE));
        long exported = System.nanoTime();
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        context.putString(PackageFiles.FILE, PackageFiles.EVIDENCE);
        context.putInt(PackageFiles.PAGES, print.getPages().size());
        context.putLong(PackageFiles.COMPILE_MS, (started - compiling) / 1_000_000);
        context.putLong(PackageFiles.READ_MS, (read - started) / 1_000_000);
        context.putLong(PackageFiles.FILL_MS, (filled - read) / 1_000_000);
        context.putLong(PackageFiles.EXPORT_MS, (exported - filled) / 1_000_000);
        return RepeatStatus.FINISHED;
    }
}
