package org.sescert.reporting.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperPrint;
import org.sescert.analytics.LevelTable;
import org.sescert.datasets.CertificationDatasets;
import org.sescert.datasets.CycleDatasets;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * {@code distribution-disclosure.pdf}: what executives are told, the final rating distribution
 * and the mean raise and award by level, with small cells suppressed ({@link DisclosureTables}).
 */
public final class DisclosureDocument implements Tasklet {

    static final String TEMPLATE = "distribution-disclosure";
    private static final List<String> APPOINTMENT_TYPES = List.of("CAREER", "NONCAREER", "LIMITED_TERM", "LIMITED_EMERGENCY");

    private final CycleDatasets cycles;
    private final CertificationDatasets datasets;
    private final ReportEngine engine;
    private final ReportRun run;

    public DisclosureDocument(CycleDatasets cycles, CertificationDatasets datasets, ReportEngine engine, ReportRun run) {
        this.cycles = cycles;
        this.datasets = datasets;
        this.engine = engine;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long compiling = System.nanoTime();
        engine.template(TEMPLATE);
        long started = System.nanoTime();
        String cycle = run.cycleId();
        LevelTable components = cycles.levels(cycle, "COMPONENT", "FINAL");
        LevelTable types = cycles.levels(cycle, "APPOINTMENT_TYPE", "FINAL");
        Map<String, long[]> typeRows = new LinkedHashMap<>();
        APPOINTMENT_TYPES.forEach(t -> typeRows.put(t, types.units().getOrDefault(t, new long[6])));
        types.units().forEach(typeRows::putIfAbsent);
        DisclosureTables.Disclosure disclosure = DisclosureTables.build(components.units(), typeRows, cycles.payByLevel(cycle),
                datasets.payContributors(cycle), DisclosureTables.MINIMUM);
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("AGENCY", run.agency());
        parameters.put("CYCLE_ID", cycle);
        parameters.put("PERIOD", run.periodStart() + " to " + run.periodEnd());
        parameters.put("MINIMUM", DisclosureTables.MINIMUM);
        parameters.put("SUPPRESSED", disclosure.hidden());
        parameters.put("PROGRAM", org.sescert.system.Version.program());
        parameters.put("COMPONENT_ROWS", RecordDataSource.of(ReportRows.DisclosureRow.class, disclosure.components()));
        parameters.put("TYPE_ROWS", RecordDataSource.of(ReportRows.DisclosureRow.class, disclosure.types()));
        parameters.put("PAY_ROWS", RecordDataSource.of(ReportRows.DisclosurePay.class, disclosure.pay()));
        long read = System.nanoTime();
        JasperPrint print = engine.fill(TEMPLATE, parameters, new JREmptyDataSource(0));
        long filled = System.nanoTime();
        run.staging().create();
        engine.pdf(print, run.agency() + " " + cycle + " rating distribution", run.staging().file(PackageFiles.DISCLOSURE));
        long exported = System.nanoTime();
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        context.putString(PackageFiles.FILE, PackageFiles.DISCLOSURE);
        context.putInt(PackageFiles.PAGES, print.getPages().size());
        context.putLong(PackageFiles.COMPILE_MS, (started - compiling) / 1_000_000);
        context.putLong(PackageFiles.READ_MS, (read - started) / 1_000_000);
        context.putLong(PackageFiles.FILL_MS, (filled - read) / 1_000_000);
        context.putLong(PackageFiles.EXPORT_MS, (exported - filled) / 1_000_000);
        return RepeatStatus.FINISHED;
    }
}
