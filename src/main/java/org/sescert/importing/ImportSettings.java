package org.sescert.importing;

import org.sescert.importing.internal.ImportLimits;
import org.sescert.system.RefusedException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Import tuning and limits ({@code sescert.import.*}), set as Java system properties
 * ({@code -Dsescert.import.max-file-bytes=...}) or environment variables
 * ({@code SESCERT_IMPORT_MAX_FILE_BYTES=...}). An input over a limit is refused (or, for a cell,
 * its row rejected) rather than read, so that memory stays bounded whatever the input.
 *
 * @param chunkSize             rows per transaction while staging
 * @param maxFileBytes          the largest input file accepted (a workbook, a zip, one CSV file)
 * @param maxEntryBytes         the largest part of a workbook or zip once expanded
 * @param minInflateRatio       the smallest compressed-to-expanded size ratio of a part (POI's zip-bomb
 *                              guard); must be above 0, which would switch the guard off
 * @param maxSharedStringsBytes the largest shared-strings table of a workbook, and the largest of its other parts
 *                              that are read whole (styles, relationships): they are held in memory
 */
@ConfigurationProperties("sescert.import")
public record ImportSettings(Integer chunkSize, Long maxFileBytes, Long maxEntryBytes, Double minInflateRatio,
                             Long maxSharedStringsBytes) {

    public ImportSettings {
        chunkSize = chunkSize == null ? 10000 : chunkSize;
        maxFileBytes = maxFileBytes == null ? 1024L * 1024 * 1024 : maxFileBytes;
        maxEntryBytes = maxEntryBytes == null ? 4L * 1024 * 1024 * 1024 : maxEntryBytes;
        minInflateRatio = minInflateRatio == null ? 0.01 : minInflateRatio;
        maxSharedStringsBytes = maxSharedStringsBytes == null ? 256L * 1024 * 1024 : maxSharedStringsBytes;
        if (chunkSize < 1 || maxFileBytes < 1 || maxEntryBytes < 1 || maxSharedStringsBytes < 1) {
            throw new RefusedException("the sescert.import limits must be positive numbers.");
        }
        // Zero or less switches POI's zip-bomb guard off; a ratio of 1 or more refuses every real workbook.
        if (!(minInflateRatio > 0 && minInflateRatio < 1)) {
            throw new RefusedException("sescert.import.min-inflate-ratio must be above 0 and below 1 (default 0.01); found " + minInflateRatio + ".");
        }
    }

    /** The defaults, for tests. */
    public static ImportSettings defaults() {
        return new ImportSettings(null, null, null, null, null);
    }

    /**
     * The settings as the environment gives them (system properties, environment variables), for
     * the checks the command line makes before Spring starts: the same limits as the job's.
     */
    public static ImportSettings fromEnvironment() {
        return new ImportSettings(setting("chunk-size", Integer::valueOf), setting("max-file-bytes", Long::valueOf),
                setting("max-entry-bytes", Long::valueOf), setting("min-inflate-ratio", Double::valueOf),
                setting("max-shared-strings-bytes", Long::valueOf));
    }

    /** A setting as Spring would bind it: the system property, else the environment variable (SESCERT_IMPORT_MAX_FILE_BYTES). */
    private static <T> T setting(String name, java.util.function.Function<String, T> parse) {
        String value = System.getProperty("sescert.import." + name);
        if (value == null) {
            value = System.getenv("SESCERT_IMPORT_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
        try {
            return value == null || value.isBlank() ? null : parse.apply(value.strip());
        } catch (NumberFormatException e) {
            throw new RefusedException("sescert.import." + name + " must be a number; found '" + value + "'.");
        }
    }

    ImportLimits limits() {
        return new ImportLimits(maxFileBytes, maxEntryBytes, minInflateRatio, maxSharedStringsBytes);
    }
}
