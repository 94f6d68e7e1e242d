package org.sescert.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.sescert.importing.ImportRefusedException;
import org.sescert.importing.ImportSource;

/**
 * Opens an import source as a {@link CycleSource}, telling the formats apart by content, not by
 * name, with the size limits in force. Whatever goes wrong while it is opened or read is a
 * refusal naming the input ({@link GuardedCycleSource}, {@link ReadFailures}).
 */
public final class CycleSources {

    private CycleSources() {
    }

    public static CycleSource open(ImportSource source, ImportLimits limits) {
        // POI's zip-bomb guards stay on: the ratio is checked to be above 0 where it is configured.
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(Math.min(limits.maxEntryBytes(), 0xFFFFFFFFL));
        if (source instanceof ImportSource.DatabaseSource db) {
            return new GuardedCycleSource(new DatabaseCycleSource(db.jdbcUrl(), db.schema(),
                    System.getenv("SESCERT_SOURCE_DB_USER"), System.getenv("SESCERT_SOURCE_DB_PASSWORD")));
        }
        Path path = ((ImportSource.FileSource) source).path();
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try {
            return new GuardedCycleSource(openFile(path, name, limits));
        } catch (RuntimeException | IOException | OutOfMemoryError e) {
            throw ReadFailures.refusal(name, "XLSX", e);
        }
    }

    private static CycleSource openFile(Path path, String name, ImportLimits limits) throws IOException {
        if (!Files.exists(path)) {
            throw new ImportRefusedException(name + " does not exist.");
        }
        if (Files.isDirectory(path)) {
            return new CsvCycleSource(path, limits);
        }
        long size = Files.size(path);
        if (size > limits.maxFileBytes()) {
            throw new ImportRefusedException(name + " is " + size + " bytes, over the limit of " + limits.maxFileBytes()
                    + " (sescert.import.max-file-bytes); split it, or raise the limit.");
        }
        if (size == 0) {
            throw new ImportRefusedException(name + " is empty (0 bytes); save the workbook again, or copy it again.");
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(path))) {
            magic = FileMagic.valueOf(in);
        }
        return switch (magic) {
            case OOXML -> isWorkbook(path) ? new XlsxCycleSource(path, limits) : new CsvCycleSource(path, limits);
            case OLE2 -> throw new ImportRefusedException(isEncrypted(path)
                    ? name + " is encrypted; save it without a password and import it again."
                    : name + " is a legacy .xls workbook; save it as .xlsx (Excel Workbook) and import it again.");
            default -> throw new ImportRefusedException(name + " is not an .xlsx workbook, a .zip of CSV files or a folder of CSV files"
                    + (name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? "; it is named .xlsx but holds something else: save it from Excel as .xlsx." : "."));
        };
    }

    /** A zip is a workbook when it holds the OOXML content-types part and a workbook part. */
    private static boolean isWorkbook(Path path) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(path.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("xl/workbook.xml") != null;
        }
    }

    /** An encrypted .xlsx is an OLE2 container holding the encrypted package. */
    private static boolean isEncrypted(Path path) {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
