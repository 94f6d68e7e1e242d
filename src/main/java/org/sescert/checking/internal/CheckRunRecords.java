package org.sescert.checking.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** A check run as its record tells it, for a manifest: the load checked, the policy applied with its hash, and the job that ran it. */
public final class CheckRunRecords {

    private CheckRunRecords() {
    }

    public static Map<String, Object> describe(JdbcTemplate jdbc, long runId) {
        return new LinkedHashMap<>(jdbc.queryForMap("""
                select run_id, load_id, policy_id, policy_source, policy_sha256, started_at::text as started_at,
                       finished_at::text as finished_at, job_execution_id
                from check_run where run_id = ?""", runId));
    }
}
