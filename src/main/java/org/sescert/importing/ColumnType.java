package org.sescert.importing;

/** What a workbook column holds, which decides how a cell is read and checked. */
public enum ColumnType {
    TEXT,
    /** One of a fixed list of codes (appointment type, rank award, ...). */
    CODE,
    /** A real Excel date or ISO {@code YYYY-MM-DD} text. */
    DATE,
    /** A rating level, a whole number 1-5. */
    LEVEL,
    /** An element weight, a whole number 0-100. */
    WEIGHT,
    /** Y, N, Yes, No, TRUE, FALSE. */
    YES_NO,
    /** US dollars, not negative. */
    MONEY,
    /** An organizational assessment score, 0-100. */
    SCORE,
    /** A measured quantity, any sign: an indicator's baseline, target or actual. */
    NUMBER,
    /** Read by the column's own {@link CellParser} (a fiscal quarter, say). */
    PARSED
}
