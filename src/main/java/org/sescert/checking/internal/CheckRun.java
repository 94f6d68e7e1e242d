package org.sescert.checking.internal;

import java.time.LocalDate;
import java.util.Map;

import org.sescert.checking.CheckJobParameters;
import org.sescert.policy.LoadedPolicy;
import org.sescert.policy.Policy;
import org.sescert.policy.PolicyCatalog;
import org.sescert.rating.CycleContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every step of one check run works from: the run, the cycle, and the policy the run
 * recorded, parsed once from its recorded text (whose hash the run records). One per job
 * execution (job scope), so a restart in another process applies the same bytes.
 */
public class CheckRun {

    private final long runId;
    private final long loadId;
    private final String cycleId;
    private final String agencyCode;
    private final LoadedPolicy policy;
    private final CycleContext cycle;

    CheckRun(long runId, long loadId, String cycleId, String agencyCode, LoadedPolicy policy, CycleContext cycle) {
        this.runId = runId;
        this.loadId = loadId;
        this.cycleId = cycleId;
        this.agencyCode = agencyCode;
        this.policy = policy;
        this.cycle = cycle;
    }

    public static CheckRun load(JdbcTemplate jdbc, PolicyCatalog catalog, CheckJobParameters parameters) {
        Map<String, Object> run = jdbc.queryForMap("""
                select r.policy_source, r.policy_yaml, r.policy_sha256, r.load_id, c.agency_code, c.administration_start
                from check_run r join cycle c on c.cycle_id = r.cycle_id where r.run_id = ?""", parameters.runId());
        LoadedPolicy policy = catalog.recorded((String) run.get("policy_source"), (String) run.get("policy_yaml"), (String) run.get("policy_sha256"));
        java.sql.Date administration = (java.sql.Date) run.get("administration_start");
        LocalDate administrationStart = administration == null ? null : administration.toLocalDate();
        return new CheckRun(parameters.runId(), ((Number) run.get("load_id")).longValue(), parameters.cycleId(), (String) run.get("agency_code"), policy,
                new CycleContext(parameters.cycleId(), administrationStart));
    }

    public long runId() {
        return runId;
    }

    /** The load the run checks: the cycle's current load when the run was recorded. */
    public long loadId() {
        return loadId;
    }

    public String cycleId() {
        return cycleId;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public Policy policy() {
        return policy.policy();
    }

    public CycleContext cycle() {
        return cycle;
    }
}
