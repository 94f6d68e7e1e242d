package org.sescert.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.util.XMLHelper;
import org.sescert.importing.ImportRefusedException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a workbook holds before POI opens it: the expanded size of every part that is read whole
 * into memory (the shared strings, styles, relationships), measured by expanding it rather than
 * taken from the zip's directory, which can lie; and, from the workbook part, the sheets in
 * order with whether each is hidden, and the date system.
 */
final class WorkbookParts {

    /** A sheet as the workbook lists it. */
    record Sheet(String name, boolean hidden) {
    }

    private WorkbookParts() {
    }

    /**
     * Refuses a workbook one of whose whole-read parts expands past the limit. Sheets are streamed,
     * so POI's own entry-size and inflate-ratio guards are theirs.
     */
    static void checkWholeReadParts(Path file, String name, long maxBytes, double minInflateRatio) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String part = entry.getName().toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || part.startsWith("xl/worksheets/") && !part.contains("_rels") || part.startsWith("docprops/")
                        || part.startsWith("xl/media/") || part.endsWith(".bin")) {
                    continue;
                }
                long size = expandedSize(zip, entry, maxBytes, minInflateRatio);
                if (size > maxBytes) {
                    throw new ImportRefusedException(name + ": its part " + entry.getName() + " expands past " + maxBytes
                            + " bytes, the most read into memory (sescert.import.max-shared-strings-bytes); "
                            + (part.contains("sharedstrings") ? "split the workbook or import CSV files." : "open it in Excel and save it again as .xlsx."));
                }
            }
        }
    }

    private static long expandedSize(ZipFile zip, ZipEntry entry, long stopAfter, double minInflateRatio) throws IOException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                if (size > stopAfter) {
                    break;
                }
                // POI's own guard, applied here too, since this reads before POI does (with its grace for small parts).
                if (size > GRACE_BYTES && entry.getCompressedSize() >= 0 && (double) entry.getCompressedSize() / size < minInflateRatio) {
                    throw new java.util.zip.ZipException("Zip bomb detected! The file would exceed the max. ratio of compressed file size to the size of the expanded data.");
                }
            }
        }
        return size;
    }

    private static final long GRACE_BYTES = 100 * 1024;

    /** The workbook part's sheets, in order, and its date system, read with a hardened SAX parser. */
    static boolean readWorkbook(InputStream workbookXml, List<Sheet> sheets) throws Exception {
        boolean[] date1904 = new boolean[1];
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("workbookPr")) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                } else if (localName.equals("sheet")) {
                    String state = attributes.getValue("state");
                    sheets.add(new Sheet(String.valueOf(attributes.getValue("name")), state != null && !state.equals("visible")));
                }
            }
        });
        parser.parse(new InputSource(workbookXml));
        return date1904[0];
    }

    static List<Sheet> newList() {
        return new ArrayList<>();
    }
}
