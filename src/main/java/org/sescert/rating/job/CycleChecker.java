package org.sescert.rating.job;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sescert.policy.LoadedPolicy;
import org.sescert.policy.PolicyCatalog;
import org.sescert.findings.Severity;
import org.sescert.system.CycleLock;
import org.sescert.system.RefusedException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Checks a cycle: picks its policy (the one asked for, the one its Cycle sheet names, or the
 * default for its fiscal year), records the run, and runs the check job.
 */
@Service
public class CycleChecker {

    private static final int WORST = 10;

    private final JdbcTemplate jdbc;
    private final JobOperator jobOperator;
    private final Job checkJob;
    private final PolicyCatalog catalog;
    private final Path outDir;

    public CycleChecker(JdbcTemplate jdbc, JobOperator jobOperator, @Qualifier("cycleCheckJob") Job checkJob, PolicyCatalog catalog,
                        @Value("${sescert.out-dir}") Path outDir) {
        this.jdbc = jdbc;
        this.jobOperator = jobOperator;
        this.checkJob = checkJob;
        this.catalog = catalog;
        this.outDir = outDir;
    }

    /**
     * @param policyOverride a shipped pack's name or a policy file, or null for the cycle's own
     * @throws RefusedException when the cycle is not in the database
     */
    public CheckOutcome check(String cycleId, String policyOverride) {
        List<Map<String, Object>> cycle = jdbc.queryForList("select policy, period_end from cycle where cycle_id = ?", cycleId);
        if (cycle.isEmpty()) {
            throw new RefusedException("cycle " + cycleId + " is not in the database; import it first (sescert import).");
        }
        LoadedPolicy policy = policyOverride != null
                ? catalog.load(policyOverride)
                : catalog.forCycle((String) cycle.get(0).get("policy"), ((java.sql.Date) cycle.get(0).get("period_end")).toLocalDate());
        try (CycleLock lock = CycleLock.acquire(jdbc.getDataSource(), "check", cycleId)) {
            return run(cycleId, policy);
        }
    }

    private CheckOutcome run(String cycleId, LoadedPolicy policy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into check_run (cycle_id, policy_id, policy_source, policy_sha256) values (?, ?, ?, ?)",
                    new String[] {"run_id"});
            ps.setString(1, cycleId);
            ps.setString(2, policy.policy().id());
            ps.setString(3, policy.source());
            ps.setString(4, policy.sha256());
            return ps;
        }, key);
        long runId = key.getKey().longValue();
        JobExecution execution;
        try {
            execution = jobOperator.start(checkJob, CheckJobParameters.of(runId, cycleId, policy.source()));
        } catch (Exception e) {
            throw new IllegalStateException("the check job could not start: " + e.getMessage(), e);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            // A failed run never becomes the cycle's findings, and leaves none behind.
            jdbc.update("delete from finding where run_id = ?", runId);
            jdbc.update("update check_run set status = 'FAILED', finished_at = now(), job_execution_id = ? where run_id = ? and status = 'STARTED'",
                    execution.getId(), runId);
            Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            throw new IllegalStateException("check job execution " + execution.getId() + " ended " + execution.getStatus()
                    + (cause == null ? "" : ": " + cause.getClass().getSimpleName()), cause);
        }
        return outcome(cycleId, runId, execution.getId(), policy);
    }

    private CheckOutcome outcome(String cycleId, long runId, long executionId, LoadedPolicy policy) {
        Map<String, Map<Severity, Long>> counts = new TreeMap<>();
        jdbc.query("select rule, severity, count(*) from finding where run_id = ? group by rule, severity", rs -> {
            counts.computeIfAbsent(rs.getString(1), r -> new EnumMap<>(Severity.class)).put(Severity.valueOf(rs.getString(2)), rs.getLong(3));
        }, runId);
        List<CheckOutcome.Row> worst = jdbc.query(
                "select rule, severity, scope, subject, message, evidence from finding where run_id = ? order by "
                        + FindingsExport.ORDER + " limit " + WORST,
                (rs, i) -> new CheckOutcome.Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)),
                runId);
        return new CheckOutcome(cycleId, runId, executionId, policy.policy().id(), policy.source(), policy.sha256(), counts, worst,
                FindingsExport.csv(outDir, cycleId));
    }
}
