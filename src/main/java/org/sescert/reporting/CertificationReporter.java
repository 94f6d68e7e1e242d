package org.sescert.reporting;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sescert.jobs.JobRunner;
import org.sescert.jobs.Subject;
import org.sescert.output.OutputFolders;
import org.sescert.reporting.internal.PackageFiles;
import org.sescert.system.RefusedException;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Writes a cycle's certification evidence package (spec section 9) from its current load and the
 * current check of that load: records the run, and runs the report job. A cycle not yet checked,
 * or checked only on an earlier load, is refused: the package would describe findings that are
 * not the data's.
 */
@Service
public class CertificationReporter {

    private final JdbcTemplate jdbc;
    private final JobRunner jobs;
    private final Job reportJob;
    private final OutputFolders outputs;

    public CertificationReporter(JdbcTemplate jdbc, JobRunner jobs, @Qualifier(CertificationReportJobConfiguration.JOB_NAME) Job reportJob,
                                 OutputFolders outputs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.reportJob = reportJob;
        this.outputs = outputs;
    }

    /**
     * @param outDir the folder to write, or null for the cycle's output folder ({@code out/<cycle>/})
     * @throws RefusedException when the cycle is not in the database or has no check of its current load
     */
    public CertificationOutcome report(String cycleId, Path outDir) {
        List<Map<String, Object>> cycle = jdbc.queryForList("""
                select c.load_id, k.run_id as check_run_id, r.load_id as checked_load, r.status
                from cycle c left join cycle_check k on k.cycle_id = c.cycle_id left join check_run r on r.run_id = k.run_id
                where c.cycle_id = ?""", cycleId);
        if (cycle.isEmpty()) {
            throw new RefusedException("cycle " + cycleId + " is not in the database; import it first (sescert import).");
        }
        Map<String, Object> c = cycle.get(0);
        if (c.get("check_run_id") == null || !c.get("load_id").equals(c.get("checked_load")) || !"DONE".equals(c.get("status"))) {
            throw new RefusedException("cycle " + cycleId + " has no check of its current load (load " + c.get("load_id")
                    + "); check it first: sescert check --cycle " + cycleId);
        }
        Path folder = (outDir != null ? outDir : outputs.of(cycleId).dir()).toAbsolutePath().normalize();
        long[] runId = new long[1];
        JobExecution execution = jobs.start(reportJob, Subject.cycle("report", cycleId), () -> {
            runId[0] = recordRun(cycleId, folder);
            return new CertificationReportParameters(runId[0], cycleId);
        });
        return outcome(cycleId, runId[0], execution, folder);
    }

    /** What an execution of the report job did, after sescert restart or a cycle-close resuming its report. */
    public CertificationOutcome outcomeOf(JobExecution execution) {
        CertificationReportParameters parameters = CertificationReportParameters.from(execution.getJobParameters());
        String folder = jdbc.queryForObject("select out_dir from report_run where run_id = ?", String.class, parameters.runId());
        return outcome(parameters.cycleId(), parameters.runId(), execution, Path.of(folder));
    }

    private long recordRun(String cycleId, Path folder) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int recorded = jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into report_run (cycle_id, load_id, check_run_id, out_dir)
                    select c.cycle_id, c.load_id, k.run_id, ? from cycle c join cycle_check k on k.cycle_id = c.cycle_id
                    join check_run r on r.run_id = k.run_id and r.load_id = c.load_id and r.status = 'DONE'
                    where c.cycle_id = ?""", new String[] {"run_id"});
            ps.setString(1, folder.toString());
            ps.setString(2, cycleId);
            return ps;
        }, key);
        if (recorded == 0) {
            throw new RefusedException("cycle " + cycleId + " has no check of its current load; check it first: sescert check --cycle " + cycleId);
        }
        return key.getKey().longValue();
    }

    private CertificationOutcome outcome(String cycleId, long runId, JobExecution execution, Path folder) {
        Map<String, Object> run = jdbc.queryForMap("select load_id, check_run_id from report_run where run_id = ?", runId);
        Map<String, CertificationOutcome.Rendering> renderings = new HashMap<>();
        for (StepExecution step : execution.getStepExecutions()) {
            var context = step.getExecutionContext();
            if (context.containsKey(PackageFiles.FILE)) {
                renderings.put(context.getString(PackageFiles.FILE), new CertificationOutcome.Rendering(context.getInt(PackageFiles.PAGES),
                        context.getLong(PackageFiles.COMPILE_MS), context.getLong(PackageFiles.READ_MS), context.getLong(PackageFiles.FILL_MS), context.getLong(PackageFiles.EXPORT_MS)));
            }
        }
        List<String> files = PackageFiles.ALL.stream().filter(name -> java.nio.file.Files.isRegularFile(folder.resolve(name))).toList();
        Map<String, Object> counts = jdbc.queryForMap("select executives, rated from executive_process_summary where cycle_id = ?", cycleId);
        Map<String, Long> bySeverity = new java.util.LinkedHashMap<>();
        long checkRun = ((Number) run.get("check_run_id")).longValue();
        for (String severity : List.of("ERROR", "WARNING", "INFO")) {
            bySeverity.put(severity, jdbc.queryForObject("select coalesce(sum(findings), 0) from finding_summary where run_id = ? and severity = ?",
                    Long.class, checkRun, severity));
        }
        return new CertificationOutcome(cycleId, runId, execution.getId(), ((Number) run.get("load_id")).longValue(), checkRun, folder, files,
                renderings, ((Number) counts.get("executives")).longValue(), ((Number) counts.get("rated")).longValue(), bySeverity);
    }
}
