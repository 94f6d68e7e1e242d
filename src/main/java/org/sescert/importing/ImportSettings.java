package org.sescert.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Import tuning and limits ({@code sescert.import.*}).
 *
 * @param chunkSize             rows per transaction while staging
 * @param maxFileBytes          the largest input file accepted
 * @param maxSharedStringsBytes the largest shared-strings part of a workbook
 */
@ConfigurationProperties("sescert.import")
public record ImportSettings(Integer chunkSize, Long maxFileBytes, Long maxSharedStringsBytes) {

    public ImportSettings {
        chunkSize = chunkSize == null ? 10000 : chunkSize;
        maxFileBytes = maxFileBytes == null ? 4L * 1024 * 1024 * 1024 : maxFileBytes;
        maxSharedStringsBytes = maxSharedStringsBytes == null ? 512L * 1024 * 1024 : maxSharedStringsBytes;
    }

    /** The defaults, for the checks the command line makes before the program starts. */
    public static ImportSettings defaults() {
        return new ImportSettings(null, null, null);
    }
}
