package org.sescert.reporting.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.sescert.output.Manifest;
import org.sescert.output.OutputFolder;
import org.sescert.system.RefusedException;
import org.sescert.system.Version;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts the run's files in the package folder together and records them in its manifest, with a
 * {@code certification} section naming the inputs and their hashes, the policy and its hash, the
 * load, the check run, the counts and how each PDF was made. Refuses when the cycle's data changed
 * while the report ran (another load made current, or another check published): the package would
 * describe data that is no longer the cycle's.
 */
public final class PackagePublisher implements Tasklet {

    private static final List<String> REQUIRED = List.of(PackageFiles.EVIDENCE, PackageFiles.DISCLOSURE, PackageFiles.OPM_1558,
            PackageFiles.FINDINGS_CSV, PackageFiles.FINDINGS_XLSX);

    private final JdbcTemplate jdbc;
    private final ReportRun run;
    private final String jobName;

    public PackagePublisher(JdbcTemplate jdbc, ReportRun run, String jobName) {
        this.jdbc = jdbc;
        this.run = run;
        this.jobName = jobName;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        Map<String, Object> now = jdbc.queryForMap("""
                select c.load_id, k.run_id from cycle c left join cycle_check k on k.cycle_id = c.cycle_id where c.cycle_id = ?""", run.cycleId());
        if (((Number) now.get("load_id")).longValue() != run.loadId() || now.get("run_id") == null
                || ((Number) now.get("run_id")).longValue() != run.checkRunId()) {
            throw new RefusedException("cycle " + run.cycleId() + " changed while the report ran (it now has load " + now.get("load_id")
                    + " and check run " + now.get("run_id") + "; the report described load " + run.loadId() + " and check run "
                    + run.checkRunId() + "); nothing was published. Run the report again.");
        }
        OutputFolder staging = run.staging();
        for (String name : REQUIRED) {
            if (!Files.isRegularFile(staging.file(name))) {
                throw new IllegalStateException("report run " + run.runId() + " lost its " + name + " before it was published; run the report again");
            }
        }
        long execution = contribution.getStepExecution().getJobExecutionId();
        OutputFolder folder = run.folder();
        folder.create();
        Manifest manifest = Manifest.of(folder).forLoad(run.loadId());
        List<String> files = new ArrayList<>();
        for (String name : PackageFiles.ALL) {
            Path staged = staging.file(name);
            if (Files.isRegularFile(staged)) {
                Files.move(staged, folder.file(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                manifest.file(name, jobName, execution);
                files.add(name);
            } else {
                manifest.withoutFile(name);
            }
        }
        jdbc.update("update report_run set status = 'DONE', finished_at = now(), job_execution_id = ? where run_id = ?", execution, run.runId());
        manifest.section("certification", describe(contribution.getStepExecution(), files)).write(Version.program());
        deleteFolder(staging.dir());
        return RepeatStatus.FINISHED;
    }

    private Map<String, Object> describe(StepExecution step, List<String> files) {
        Map<String, Object> section = new LinkedHashMap<>(jdbc.queryForMap("""
                select r.run_id as report_run_id, r.job_execution_id, r.cycle_id, r.load_id, r.check_run_id,
                       r.started_at::text as started_at, r.finished_at::text as finished_at,
                       c.agency_code, c.period_start::text as period_start, c.period_end::text as period_end
                from report_run r join cycle c on c.cycle_id = r.cycle_id where r.run_id = ?""", run.runId()));
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("id", run.policy().policy().id());
        policy.put("source", run.policy().source());
        policy.put("sha256", run.policy().sha256());
        section.put("policy", policy);
        section.put("inputs", jdbc.queryForList("select name, sha256, bytes from load_input where load_id = ? order by name", run.loadId()));
        Map<String, Object> counts = new LinkedHashMap<>(jdbc.queryForMap("""
                select executives, rated, plans from executive_process_summary where cycle_id = ?""", run.cycleId()));
        Map<String, Object> findings = new LinkedHashMap<>();
        for (String severity : List.of("ERROR", "WARNING", "INFO")) {
            findings.put(severity, jdbc.queryForObject("select coalesce(sum(findings), 0) from finding_summary where run_id = ? and severity = ?",
                    Long.class, run.checkRunId(), severity));
        }
        counts.put("findings", findings);
        section.put("counts", counts);
        section.put("files", files);
        Map<String, Object> rendering = new LinkedHashMap<>();
        for (StepExecution earlier : step.getJobExecution().getStepExecutions()) {
            var context = earlier.getExecutionContext();
            if (context.containsKey(PackageFiles.FILE)) {
                Map<String, Object> made = new LinkedHashMap<>();
                made.put("pages", context.getInt(PackageFiles.PAGES));
                made.put("compile_ms", context.getLong(PackageFiles.COMPILE_MS));
                made.put("read_ms", context.getLong(PackageFiles.READ_MS));
                made.put("fill_ms", context.getLong(PackageFiles.FILL_MS));
                made.put("export_ms", context.getLong(PackageFiles.EXPORT_MS));
                rendering.put(context.getString(PackageFiles.FILE), made);
            }
        }
        section.put("rendering", rendering);
        return section;
    }

    static void deleteFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }
}
