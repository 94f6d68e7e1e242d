package org.sescert.importing.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sescert.importing.CycleLayout;
import org.sescert.importing.SheetLayout;

/**
 * Watches a large sheet's keys go by, in order, to spare the whole-sheet duplicate check: when
 * every row of an executive comes together (executive ids never go back) and no key repeats
 * within an executive, the sheet has no duplicate, and the check, a hash of five million keys
 * at department scale, is not needed. HR systems export sorted, and so does the generator; a
 * sheet in any other order is checked in SQL as before. Memory: one executive's keys.
 */
final class KeyOrder {

    /** Per sheet: the column rows are grouped by, and the column unique within a group (or null). */
    private static final Map<SheetLayout, List<String>> KEYS = Map.of(
            CycleLayout.EXECUTIVES, List.of("executive_id"),
            CycleLayout.PAY, List.of("executive_id"),
            CycleLayout.ELEMENTS, List.of("executive_id", "element"),
            CycleLayout.HISTORY, List.of("executive_id", "cycle_id"));

    private final int group;
    private final int inner;
    private final boolean normalizeInner;
    private boolean intact;
    private String lastGroup;
    private final Set<String> seen = new HashSet<>();

    private KeyOrder(SheetLayout sheet, boolean fromTheStart) {
        List<String> key = KEYS.get(sheet);
        this.group = key == null ? -1 : sheet.indexOf(key.get(0));
        this.inner = key == null || key.size() < 2 ? -1 : sheet.indexOf(key.get(1));
        this.normalizeInner = sheet == CycleLayout.ELEMENTS;
        this.intact = key != null && fromTheStart;
    }

    /** @param fromTheStart false for a restarted step, which did not see the rows before it */
    static KeyOrder of(SheetLayout sheet, boolean fromTheStart) {
        return new KeyOrder(sheet, fromTheStart);
    }

    /** The execution-context key that tells the reconcile step this sheet's keys were unique. */
    static String contextKey(SheetLayout sheet) {
        return "sheet-" + sheet.name() + ".keysUnique";
    }

    /** A row whose key counts (loaded, or rejected but keyed). */
    void see(List<String> values) {
        if (!intact) {
            return;
        }
        String id = values.get(group);
        if (id == null) {
            intact = false;
            return;
        }
        int order = lastGroup == null ? 1 : id.compareTo(lastGroup);
        if (order < 0) {
            intact = false;
            return;
        }
        if (order > 0) {
            lastGroup = id;
            seen.clear();
            if (inner < 0) {
                return;
            }
        } else if (inner < 0) {
            intact = false; // the same key again
            return;
        }
        String value = values.get(inner);
        String key = value == null ? null : normalizeInner ? elementKey(value) : value;
        if (key == null || !seen.add(key)) {
            intact = false;
        }
    }

    /** upper(regexp_replace(v, '[^A-Za-z0-9]+', '_', 'g')) without a regex: runs of anything else become one underscore. */
    static String elementKey(String value) {
        StringBuilder key = new StringBuilder(value.length());
        boolean run = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'a' && c <= 'z') {
                key.append((char) (c - 'a' + 'A'));
                run = false;
            } else if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                key.append(c);
                run = false;
            } else if (!run) {
                key.append('_');
                run = true;
            }
        }
        return key.toString();
    }

    /** Whether every key so far was unique, as far as this order shows. */
    boolean unique() {
        return intact;
    }
}
