package org.sescert.checking;

import java.io.IOException;
import java.util.Optional;

import org.sescert.checking.internal.CheckRunRecords;
import org.sescert.checking.internal.FindingsFile;
import org.sescert.findings.FindingsExport;
import org.sescert.output.Manifest;
import org.sescert.output.OutputFolder;
import org.sescert.system.Version;
import org.springframework.jdbc.core.JdbcTemplate;

/** The check's part of a cycle's output folder: the findings file of the current run, and the run in the manifest. */
final class CheckOutputs {

    private CheckOutputs() {
    }

    /** Makes {@code runId} (or none) the cycle's current check, on disk and in the database. */
    static Optional<Long> restore(JdbcTemplate jdbc, OutputFolder folder, String cycleId, Long runId) throws IOException {
        Long loadId = jdbc.queryForObject("select load_id from cycle where cycle_id = ?", Long.class, cycleId);
        Manifest manifest = Manifest.of(folder).forLoad(loadId);
        if (runId == null) {
            jdbc.update("delete from cycle_check where cycle_id = ?", cycleId);
            manifest.withoutFile(FindingsFile.NAME).section("check", null).write(Version.program());
            return Optional.empty();
        }
        jdbc.update("""
                insert into cycle_check (cycle_id, run_id) values (?, ?)
                on conflict (cycle_id) do update set run_id = excluded.run_id""", cycleId, runId);
        FindingsExport.writeCsv(jdbc, runId, FindingsFile.published(folder));
        Long execution = jdbc.queryForObject("select job_execution_id from check_run where run_id = ?", Long.class, runId);
        manifest.file(FindingsFile.NAME, CycleCheckJobConfiguration.JOB_NAME, execution == null ? -1 : execution)
                .section("check", CheckRunRecords.describe(jdbc, runId)).write(Version.program());
        return Optional.of(runId);
    }
}
