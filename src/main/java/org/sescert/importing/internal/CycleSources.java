package org.sescert.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.sescert.importing.ImportRefusedException;
import org.sescert.importing.ImportSource;

/** Opens an import source as a {@link CycleSource}, telling the formats apart by content, not by name. */
public final class CycleSources {

    private CycleSources() {
    }

    public static CycleSource open(ImportSource source, ImportLimits limits) {
        if (source instanceof ImportSource.DatabaseSource db) {
            return new DatabaseCycleSource(db.jdbcUrl(), db.schema(),
                    System.getenv("SESCERT_SOURCE_DB_USER"), System.getenv("SESCERT_SOURCE_DB_PASSWORD"));
        }
        Path path = ((ImportSource.FileSource) source).path();
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.exists(path)) {
            throw new ImportRefusedException(name + " does not exist.");
        }
        if (Files.isDirectory(path)) {
            return new CsvCycleSource(path, limits.maxFileBytes());
        }
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                throw new ImportRefusedException(name + " is " + size + " bytes, over the limit of " + limits.maxFileBytes() + ".");
            }
            FileMagic magic;
            try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(path))) {
                magic = FileMagic.valueOf(in);
            }
            return switch (magic) {
                case OOXML -> isWorkbook(path) ? new XlsxCycleSource(path, limits.maxSharedStringsBytes())
                        : new CsvCycleSource(path, limits.maxFileBytes());
                case OLE2 -> throw new ImportRefusedException(isEncrypted(path)
                        ? name + " is encrypted; save it without a password and import it again."
                        : name + " is a legacy .xls workbook; save it as .xlsx (Excel Workbook) and import it again.");
                default -> throw new ImportRefusedException(name + " is not an .xlsx workbook, a .zip of CSV files or a folder of CSV files.");
            };
        } catch (IOException e) {
            throw new ImportRefusedException(name + " cannot be read (" + XlsxCycleSource.oneLine(e) + ").", e);
        }
    }

    /** A zip is a workbook when it holds the OOXML content-types part and a workbook part. */
    private static boolean isWorkbook(Path path) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(path.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("xl/workbook.xml") != null;
        } catch (java.util.zip.ZipException e) {
            throw new ImportRefusedException(path.getFileName() + " is not a readable .xlsx workbook or zip (" + XlsxCycleSource.oneLine(e) + ").", e);
        }
    }

    /** An encrypted .xlsx is an OLE2 container holding the encrypted package. */
    private static boolean isEncrypted(Path path) {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException e) {
            return false;
        }
    }
}
