package org.sescert.importing.internal;

import java.io.IOException;
import java.util.Map;

import org.sescert.importing.WorkbookLayout;
import org.sescert.output.Manifest;
import org.sescert.output.OutputFolder;
import org.sescert.output.OutputFolders;
import org.sescert.system.Version;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The cycle's output folder made the outputs of one load: the files of the load it supersedes
 * go, the load's rejects (if any) are written, and the manifest names the load.
 */
public final class LoadOutputs {

    private LoadOutputs() {
    }

    public static OutputFolder write(NamedParameterJdbcTemplate jdbc, OutputFolders outputs, WorkbookLayout layout, long loadId, String job,
                                     long jobExecutionId)
            throws IOException {
        String cycleId = jdbc.queryForObject("select cycle_id from load where load_id = :load", Map.of("load", loadId), String.class);
        OutputFolder folder = outputs.of(cycleId);
        Manifest manifest = Manifest.of(folder).forLoad(loadId);
        manifest.section("load", LoadRecords.describe(jdbc, loadId));
        if (RejectsExport.write(jdbc, layout, loadId, folder)) {
            manifest.file(RejectsExport.CSV, job, jobExecutionId).file(RejectsExport.XLSX, job, jobExecutionId);
        } else {
            manifest.withoutFile(RejectsExport.CSV).withoutFile(RejectsExport.XLSX);
        }
        manifest.write(Version.program());
        return folder;
    }
}
