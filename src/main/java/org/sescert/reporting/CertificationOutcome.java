package org.sescert.reporting;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a certification report wrote: the run, the load and check run it describes, the folder
 * and its files, and how each PDF was made (pages, and the time spent reading, filling and
 * exporting).
 */
public record CertificationOutcome(String cycleId, long runId, long jobExecutionId, long loadId, long checkRunId, Path folder,
                                   List<String> files, Map<String, Rendering> renderings, long executives, long rated,
                                   Map<String, Long> findingsBySeverity) {

    /**
     * One PDF: its pages, and milliseconds spent compiling its templates (once per process), reading
     * its data, filling the templates and exporting.
     */
    public record Rendering(int pages, long compileMillis, long readMillis, long fillMillis, long exportMillis) {
    }

    public CertificationOutcome {
        files = List.copyOf(files);
        renderings = Map.copyOf(renderings);
        findingsBySeverity = Map.copyOf(findingsBySeverity);
    }
}
