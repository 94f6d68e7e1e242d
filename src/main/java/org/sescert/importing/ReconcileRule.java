package org.sescert.importing;

/**
 * A check only the whole sheet can make, run in SQL over the staged rows after every sheet is
 * read. Each rejected row leaves staging and gets a reject that names the row it conflicts with.
 */
public sealed interface ReconcileRule {

    /**
     * Rows with the same key: the first is loaded and every later one rejected.
     *
     * @param key           SQL expression of the key over the staged row (e.g. "executive_id, upper(element)")
     * @param column        the column the reject names
     * @param describe      SQL expression describing the row in the message, over alias s
     * @param rejectedCount whether a rejected row of the sheet counts as the first (so a later copy is a duplicate too)
     * @param normalized    a column whose values the key compares normalized (or null): {@code key} names the normalized
     *                      value {@code n}, which {@code normalization} computes from {@code v}, once per distinct value
     *                      rather than once per row
     */
    record Unique(SheetLayout sheet, String key, String column, String describe, String code, boolean rejectedCount, String normalized,
                  String normalization) implements ReconcileRule {

        public Unique(SheetLayout sheet, String key, String column, String describe, String code, boolean rejectedCount) {
            this(sheet, key, column, describe, code, rejectedCount, null, null);
        }
    }

    /**
     * Rows whose parent key is not among the parent sheet's staged rows: rejected, saying whether
     * the parent's own row was rejected.
     *
     * @param column the child's column holding the parent's key
     * @param noun   how the message names the parent ("executive", "goal")
     */
    record BelongsTo(SheetLayout child, String column, SheetLayout parent, String noun) implements ReconcileRule {
    }
}
