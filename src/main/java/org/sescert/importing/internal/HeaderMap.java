package org.sescert.importing.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sescert.importing.SheetLayout;

/** Which position of a source's header holds which known column; unknown headers are left out. */
final class HeaderMap {

    private HeaderMap() {
    }

    static Map<Integer, String> of(SheetLayout sheet, List<String> header) {
        Map<Integer, String> byPosition = new HashMap<>();
        java.util.Set<String> mapped = new java.util.HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            int position = i;
            // A column named twice is read from its first position only.
            sheet.column(header.get(i)).filter(c -> mapped.add(c.name())).ifPresent(c -> byPosition.put(position, c.name()));
        }
        return byPosition;
    }
}
