package org.sescert.importing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Telling a misspelled column from an extra one. Names are compared as the import matches them
 * (without case, spaces, underscores or hyphens); a name within a small edit distance of a
 * template column, or one that holds a template column's whole name, is taken for that column.
 */
public final class ColumnNames {

    private ColumnNames() {
    }

    /** The template column a header name most likely meant, if it is close to one. */
    public static Optional<ColumnLayout> closest(SheetLayout sheet, String header) {
        String name = CycleLayout.normalize(header);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return sheet.columns().stream()
                .filter(c -> close(name, CycleLayout.normalize(c.name())))
                .min(Comparator.comparingInt(c -> LevenshteinDistance.getDefaultInstance().apply(name, CycleLayout.normalize(c.name()))));
    }

    /** Within a fifth of the name's length in edits (at least one), or holding the whole of a name of 6 letters or more. */
    static boolean close(String written, String column) {
        int allowed = Math.max(1, Math.min(written.length(), column.length()) / 5);
        if (new LevenshteinDistance(allowed).apply(written, column) >= 0) {
            return true;
        }
        return column.length() >= 6 && (written.contains(column) || column.contains(written) && written.length() >= 6);
    }

    /** "a", "a and b", "a, b and c". */
    public static String list(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
