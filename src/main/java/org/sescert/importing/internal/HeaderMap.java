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
        for (int i = 0; i < header.size(); i++) {
            int position = i;
            sheet.column(header.get(i)).ifPresent(c -> byPosition.putIfAbsent(position, c.name()));
        }
        return byPosition;
    }
}
