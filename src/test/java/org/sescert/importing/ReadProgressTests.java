package org.sescert.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sescert.importing.internal.CycleSource;
import org.sescert.importing.internal.CycleSources;
import org.sescert.importing.internal.ImportLimits;
import org.sescert.importing.internal.RowStream;

/**
 * A streamed input tells the import's progress how far through it the reader is: the bytes read
 * so far against the input's size (a CSV file; a workbook's sheet, expanded), so that a long
 * import can show the time left before it knows how many rows there are.
 */
class ReadProgressTests {

    private static final ImportLimits LIMITS = new ImportLimits(64L * 1024 * 1024, 256L * 1024 * 1024, 0.01, 64L * 1024 * 1024);
    private static final Path SAMPLE = Path.of("sample-data");

    @Test
    void aCsvFileIsReadAgainstItsSizeOnDisk() throws Exception {
        Path elements = SAMPLE.resolve("csv/elements.csv");
        List<Long> seen = readAll(ImportSource.file(SAMPLE.resolve("csv")), CycleLayout.ELEMENTS, Files.size(elements));

        assertThat(seen.get(seen.size() - 1)).isEqualTo(Files.size(elements));
    }

    @Test
    void aWorkbookSheetIsReadAgainstItsExpandedSize() throws Exception {
        List<Long> seen = readAll(ImportSource.file(SAMPLE.resolve("sample-cycle.xlsx")), CycleLayout.ELEMENTS, -1);

        // The sheet's XML is larger than the whole compressed workbook: the size is the part's, expanded.
        assertThat(seen.get(seen.size() - 1)).isGreaterThan(Files.size(SAMPLE.resolve("sample-cycle.xlsx")));
    }

    /**
     * Reads a sheet to its end, noting the bytes read after each row; checks they never go back and
     * never pass the size, and returns them.
     */
    private static List<Long> readAll(ImportSource input, SheetLayout sheet, long expectedTotal) throws Exception {
        List<Long> seen = new ArrayList<>();
        try (CycleSource source = CycleSources.open(input, LIMITS); RowStream rows = source.rows(sheet)) {
            int count = 0;
            while (rows.next() != null) {
                seen.add(rows.bytesRead());
                count++;
            }
            long total = rows.bytesTotal();
            assertThat(count).as("rows of " + sheet.name()).isGreaterThan(100);
            if (expectedTotal > 0) {
                assertThat(total).isEqualTo(expectedTotal);
            }
            assertThat(total).isPositive();
            assertThat(seen).isSorted().allSatisfy(read -> assertThat(read).isBetween(1L, total));
            // Part of the way through, part of the bytes: the figure moves with the reading, not only at the end.
            assertThat(seen.get(count / 10)).isLessThan(total);
            // At the end of the sheet (the parser has read its closing tags, or the file its last line) every byte was read.
            rows.next();
            assertThat(rows.bytesRead()).isEqualTo(total);
            seen.add(rows.bytesRead());
        }
        return seen;
    }
}
