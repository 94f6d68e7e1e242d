package org.sescert.checking;

import java.sql.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sescert.checking.internal.FindingsFile;
import org.sescert.findings.Rule;
import org.sescert.findings.Severity;
import org.sescert.jobs.JobRunner;
import org.sescert.jobs.Subject;
import org.sescert.output.OutputFolders;
import org.sescert.policy.LoadedPolicy;
import org.sescert.policy.PolicyCatalog;
import org.sescert.system.RefusedException;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Checks a cycle: picks its policy (the one asked for, the one its Cycle sheet names, or the
 * default for its fiscal year), records the run with the policy's text and hash, and runs the
 * check job.
 */
@Service
public class CycleChecker {

    private static final int WORST = 10;

    private final JdbcTemplate jdbc;
    private final JobRunner jobs;
    private final Job checkJob;
    private final PolicyCatalog catalog;
    private final OutputFolders outputs;

    public CycleChecker(JdbcTemplate jdbc, JobRunner jobs, @Qualifier(CycleCheckJobConfiguration.JOB_NAME) Job checkJob, PolicyCatalog catalog,
                        OutputFolders outputs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.checkJob = checkJob;
        this.catalog = catalog;
        this.outputs = outputs;
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
                : catalog.forCycle((String) cycle.get(0).get("policy"), ((Date) cycle.get(0).get("period_end")).toLocalDate());
        long[] runId = new long[1];
        JobExecution execution = jobs.start(checkJob, Subject.cycle("check", cycleId), () -> {
            runId[0] = recordRun(cycleId, policy);
            return new CheckJobParameters(runId[0], cycleId);
        });
        return outcome(cycleId, runId[0], execution.getId(), policy.policy().id(), policy.source(), policy.sha256());
    }

    /** What an execution of the check job did: after sescert restart, or a cycle-close resuming its check. */
    public CheckOutcome outcomeOf(JobExecution execution) {
        CheckJobParameters parameters = CheckJobParameters.from(execution.getJobParameters());
        Map<String, Object> run = jdbc.queryForMap("select policy_id, policy_source, policy_sha256 from check_run where run_id = ?", parameters.runId());
        return outcome(parameters.cycleId(), parameters.runId(), execution.getId(), (String) run.get("policy_id"), (String) run.get("policy_source"),
                (String) run.get("policy_sha256"));
    }

    private long recordRun(String cycleId, LoadedPolicy policy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("""
                    insert into check_run (cycle_id, policy_id, policy_source, policy_sha256, policy_yaml, load_id)
                    select ?, ?, ?, ?, ?, load_id from cycle where cycle_id = ?""", new String[] {"run_id"});
            ps.setString(1, cycleId);
            ps.setString(2, policy.policy().id());
            ps.setString(3, policy.source());
            ps.setString(4, policy.sha256());
            ps.setString(5, policy.yaml());
            ps.setString(6, cycleId);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /**
     * Makes the findings of the cycle's current load current again, after the analyst went back to
     * an earlier load: the latest completed check of that load, its findings file and manifest
     * entry. Without such a check the cycle has no current findings until it is checked.
     *
     * @return the check run restored, if the load had one
     */
    public java.util.Optional<Long> restoreFindings(String cycleId) throws java.io.IOException {
        Long runId = jdbc.query("""
                select max(r.run_id) from check_run r join cycle c on c.cycle_id = r.cycle_id and c.load_id = r.load_id
                where r.cycle_id = ? and r.status = 'DONE'""", rs -> rs.next() ? (Long) rs.getObject(1, Long.class) : null, cycleId);
        return CheckOutputs.restore(jdbc, outputs.of(cycleId), cycleId, runId);
    }

    private CheckOutcome outcome(String cycleId, long runId, long executionId, String policyId, String policySource, String policySha256) {
        Map<String, Map<Severity, Long>> counts = new TreeMap<>();
        jdbc.query("select rule, severity, count(*) from finding where run_id = ? group by rule, severity", rs -> {
            counts.computeIfAbsent(rs.getString(1), r -> new EnumMap<>(Severity.class)).put(Severity.valueOf(rs.getString(2)), rs.getLong(3));
        }, runId);
        // Each rule once, with its first finding: 297 missing ratings are one cause, not ten lines of it.
        List<CheckOutcome.Row> worst = jdbc.query("""
                select rule, severity, scope, subject, message, evidence, n from (
                    select f.*, count(*) over (partition by rule, severity) as n,
                           row_number() over (partition by rule, severity order by subject, message, evidence) as k
                    from finding f where run_id = ?) firsts
                where k = 1""",
                (rs, i) -> new CheckOutcome.Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getLong(7)), runId);
        // Within a severity, causes first (the most widespread first), then by rule as findings.csv sorts them.
        worst = worst.stream().sorted(java.util.Comparator
                        .comparing((CheckOutcome.Row r) -> Severity.valueOf(r.severity()))
                        .thenComparing(r -> !Rule.valueOf(r.rule()).isRootCause())
                        .thenComparingLong(r -> Rule.valueOf(r.rule()).isRootCause() ? -r.count() : 0)
                        .thenComparing(CheckOutcome.Row::rule))
                .limit(WORST).toList();
        return new CheckOutcome(cycleId, runId, executionId, policyId, policySource, policySha256, counts, worst,
                FindingsFile.published(outputs.of(cycleId)));
    }
}
