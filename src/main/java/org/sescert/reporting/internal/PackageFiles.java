package org.sescert.reporting.internal;

import java.util.List;

import org.sescert.findings.FindingsExport;
import org.sescert.importing.LoadHistory;

/** The files of the certification evidence package (spec section 9). */
public final class PackageFiles {

    public static final String EVIDENCE = "certification-evidence.pdf";
    public static final String DISCLOSURE = "distribution-disclosure.pdf";
    public static final String OPM_1558 = "opm-1558.xlsx";
    public static final String FINDINGS_CSV = FindingsExport.NAME + ".csv";
    public static final String FINDINGS_XLSX = FindingsExport.NAME + ".xlsx";
    public static final List<String> REJECTS = LoadHistory.REJECTS_FILES;

    /** Every file the package may hold, in the order a reader meets them. */
    public static final List<String> ALL = List.of(EVIDENCE, OPM_1558, FINDINGS_XLSX, FINDINGS_CSV, REJECTS.get(1), REJECTS.get(0), DISCLOSURE);

    /** Keys of a PDF step's context: how long its parts took. */
    public static final String PAGES = "pages";
    public static final String COMPILE_MS = "compile.ms";
    public static final String READ_MS = "read.ms";
    public static final String FILL_MS = "fill.ms";
    public static final String EXPORT_MS = "export.ms";
    public static final String FILE = "file";

    private PackageFiles() {
    }
}
