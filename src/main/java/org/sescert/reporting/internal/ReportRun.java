package org.sescert.reporting.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sescert.output.OutputFolder;
import org.sescert.policy.LoadedPolicy;
import org.sescert.policy.PolicyCatalog;
import org.sescert.reporting.CertificationReportParameters;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every step of one report run works from: the run's record (the load and the check run it
 * describes, the folder it writes), the cycle, and the policy the check applied, parsed from the
 * text the check recorded. One per job execution, so a restart describes the same data. (Not
 * final: the job scope proxies it.)
 */
public class ReportRun {

    /** The run's files wait here until the last step puts them in the folder together. */
    private static final String STAGING = ".certification-run-";

    private final long runId;
    private final String cycleId;
    private final long loadId;
    private final long checkRunId;
    private final OutputFolder folder;
    private final String agencyCode;
    private final String agencyName;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final LoadedPolicy policy;
    private final String checkFinishedAt;

    ReportRun(long runId, String cycleId, long loadId, long checkRunId, OutputFolder folder, String agencyCode, String agencyName,
                      LocalDate periodStart, LocalDate periodEnd, LoadedPolicy policy, String checkFinishedAt) {
        this.runId = runId;
        this.cycleId = cycleId;
        this.loadId = loadId;
        this.checkRunId = checkRunId;
        this.folder = folder;
        this.agencyCode = agencyCode;
        this.agencyName = agencyName;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.policy = policy;
        this.checkFinishedAt = checkFinishedAt;
    }

    public static ReportRun load(JdbcTemplate jdbc, PolicyCatalog catalog, CertificationReportParameters parameters) {
        Map<String, Object> run = jdbc.queryForMap("""
                select r.load_id, r.check_run_id, r.out_dir, c.agency_code, c.agency_name, c.period_start, c.period_end,
                       k.policy_source, k.policy_yaml, k.policy_sha256, to_char(k.finished_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI "UTC"') as checked
                from report_run r join cycle c on c.cycle_id = r.cycle_id join check_run k on k.run_id = r.check_run_id
                where r.run_id = ?""", parameters.runId());
        LoadedPolicy policy = catalog.recorded((String) run.get("policy_source"), (String) run.get("policy_yaml"), (String) run.get("policy_sha256"));
        OutputFolder folder = new OutputFolder(parameters.cycleId(), Path.of((String) run.get("out_dir")));
        return new ReportRun(parameters.runId(), parameters.cycleId(), ((Number) run.get("load_id")).longValue(),
                ((Number) run.get("check_run_id")).longValue(), folder, (String) run.get("agency_code"), (String) run.get("agency_name"),
                ((java.sql.Date) run.get("period_start")).toLocalDate(), ((java.sql.Date) run.get("period_end")).toLocalDate(), policy,
                (String) run.get("checked"));
    }

    public long runId() {
        return runId;
    }

    public String cycleId() {
        return cycleId;
    }

    public long loadId() {
        return loadId;
    }

    public long checkRunId() {
        return checkRunId;
    }

    /** Where the package goes. */
    public OutputFolder folder() {
        return folder;
    }

    /** Where this run's files wait until they are published. */
    public OutputFolder staging() {
        return new OutputFolder(folder.subject(), folder.dir().resolve(STAGING + runId));
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String agency() {
        return agencyName == null || agencyName.isBlank() ? agencyCode : agencyName + " (" + agencyCode + ")";
    }

    public String agencyName() {
        return agencyName;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public LoadedPolicy policy() {
        return policy;
    }

    public String checkFinishedAt() {
        return checkFinishedAt;
    }

    /** The load's inputs with their SHA-256, by name. */
    public List<ReportRows.Input> inputs(JdbcTemplate jdbc) {
        return jdbc.query("select name, bytes, sha256 from load_input where load_id = ? order by name",
                (rs, i) -> new ReportRows.Input(rs.getString(1), (Long) rs.getObject(2, Long.class), rs.getString(3)), loadId);
    }
}
