package org.sescert.importing;

/**
 * A file-level problem: the input cannot be imported at all (not a workbook, encrypted, a
 * required sheet or column missing, a cycle id missing or in conflict, over a size limit).
 * The import stops with exit code 2 and this one-line reason; nothing is loaded.
 */
public class ImportRefusedException extends org.sescert.system.RefusedException {

    public ImportRefusedException(String reason) {
        super(reason);
    }

    public ImportRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
