package org.sescert.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.sescert.importing.internal.CycleSource;
import org.sescert.importing.internal.CycleSources;
import org.sescert.importing.internal.ImportLimits;
import org.sescert.importing.internal.RowStream;

/**
 * What a fuzz test of the readers does with each input: opens it as the importer does, reads its
 * Cycle sheet, every sheet's header and every row, and checks each row. The only exception
 * allowed out is the documented refusal, and it must be one line with no Java class name.
 */
final class ReaderFuzzing {

    /** Small limits, so that the fuzzer meets them. */
    static final ImportLimits LIMITS = new ImportLimits(4 * 1024 * 1024, 64L * 1024 * 1024, 0.01, 1024 * 1024);
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b");
    /** At most this many rows a sheet, so that one input stays quick. */
    private static final int ROWS = 5_000;

    private ReaderFuzzing() {
    }

    static void readEverything(Path input) {
        try (CycleSource source = CycleSources.open(ImportSource.file(input), LIMITS)) {
            source.cycleValues();
            for (SheetLayout sheet : CycleLayout.ROW_SHEETS) {
                if (source.location(sheet.name()).isEmpty()) {
                    continue;
                }
                source.header(sheet.name());
                try (RowStream rows = source.rows(sheet)) {
                    SourceRow row;
                    for (int n = 0; n < ROWS && (row = rows.next()) != null; n++) {
                        RowValidator.validate(sheet, row);
                    }
                }
            }
            source.warnings();
        } catch (ImportRefusedException refused) {
            String message = refused.getMessage();
            if (message == null || message.isBlank() || message.contains("\n") || CLASS_NAME.matcher(message).find()) {
                throw new AssertionError("a refusal that is not one clean line: " + message, refused);
            }
        } catch (Exception e) {
            throw new AssertionError("the reader let out " + e, e);
        }
    }

    /** A workbook's parts, in order, to mutate one of them. */
    static List<Object[]> parts(byte[] workbook) throws IOException {
        List<Object[]> parts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.add(new Object[] {entry.getName(), in.readAllBytes()});
            }
        }
        return parts;
    }

    /** The workbook with one part's bytes replaced. */
    static byte[] withPart(List<Object[]> parts, int index, byte[] replacement) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < parts.size(); i++) {
                ZipEntry entry = new ZipEntry((String) parts.get(i)[0]);
                entry.setTime(0);
                out.putNextEntry(entry);
                out.write(i == index ? replacement : (byte[]) parts.get(i)[1]);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
