package org.sescert.importing.internal;

/**
 * Size limits past which an input is refused rather than read.
 *
 * @param maxFileBytes          the largest workbook, zip or CSV file accepted
 * @param maxSharedStringsBytes the largest shared-strings part of a workbook (POI holds it in memory)
 */
public record ImportLimits(long maxFileBytes, long maxSharedStringsBytes) {
}
