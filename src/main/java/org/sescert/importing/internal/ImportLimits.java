package org.sescert.importing.internal;

/**
 * Size limits past which an input is refused rather than read; see {@code ImportSettings}
 * ({@code sescert.import.*}) for each.
 */
public record ImportLimits(long maxFileBytes, long maxEntryBytes, double minInflateRatio, long maxSharedStringsBytes) {

    /** The longest cell the readers keep: one more character than a value may have, so that it is rejected, not cut. */
    static final int CELL_CHARS_KEPT = org.sescert.importing.CellReading.MAX_TEXT_LENGTH + 1;
}
