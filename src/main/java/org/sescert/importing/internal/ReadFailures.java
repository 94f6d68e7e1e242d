package org.sescert.importing.internal;

import java.io.EOFException;
import java.util.zip.ZipException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.sescert.importing.ImportRefusedException;
import org.sescert.system.OneLine;
import org.xml.sax.SAXParseException;

/**
 * The one place where whatever goes wrong while an input is read becomes a refusal in the
 * user's words: which file (and sheet), what is wrong with it, and what to do. A library's
 * exception, whatever it is, never reaches the user as such.
 */
final class ReadFailures {

    private ReadFailures() {
    }

    /**
     * @param where the file, and the sheet where known ("cycle.xlsx, sheet Pay")
     * @param kind  XLSX, CSV or DATABASE: what the advice says to do
     */
    static ImportRefusedException refusal(String where, String kind, Throwable failure) {
        if (failure instanceof ImportRefusedException refused) {
            return refused;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ImportRefusedException refused) {
                return refused;
            }
        }
        return new ImportRefusedException(where + " " + reason(kind, failure), failure);
    }

    private static String reason(String kind, Throwable failure) {
        String again = switch (kind) {
            case "CSV" -> "save the CSV files again";
            case "DATABASE" -> "check the source tables and the connection";
            default -> "open it in Excel and save it again as .xlsx (Excel Workbook)";
        };
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof OutOfMemoryError) {
                return "is too large to read in the memory this program has; lower the sescert.import limits, or give it more memory "
                        + "(SESCERT_JAVA_OPTS=-Xmx2g).";
            }
            if (message.contains("Zip bomb detected") && message.contains("ratio")) {
                long times = Math.round(1 / org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio());
                return "expands to more than " + times + " times its compressed size, as a zip bomb does, and is not read "
                        + "(sescert.import.min-inflate-ratio); if it is a genuine file, " + again + ", or import CSV files.";
            }
            if (message.contains("Zip bomb detected") || message.contains("max size of the expanded data") || message.contains("entry size")) {
                return "has a part that expands past the largest allowed (sescert.import.max-entry-bytes) and is not read; split it into smaller files "
                        + "or import CSV files.";
            }
            if (message.contains("content types part")) {
                return "has a [Content_Types].xml part that cannot be read (it is damaged, or holds an XML entity attack); " + again + ".";
            }
            if (t instanceof SAXParseException && message.contains("DOCTYPE")) {
                return "holds an XML document type declaration (DOCTYPE), which Excel never writes and which can carry an entity attack "
                        + "(external entities, entity expansion); it is not read. If the file is genuine, " + again + ".";
            }
            if (t instanceof SAXParseException) {
                return "holds XML that is not well formed (" + OneLine.first(message) + "); " + again + ".";
            }
            if (t instanceof EncryptedDocumentException) {
                return "is encrypted; save it without a password and import it again.";
            }
            if (t instanceof OLE2NotOfficeXmlFileException) {
                return "is a legacy .xls workbook; save it as .xlsx (Excel Workbook) and import it again.";
            }
            if (t instanceof NotOfficeXmlFileException) {
                return "is not an .xlsx workbook; " + again + ".";
            }
            if (t instanceof ZipException || t instanceof EOFException || message.contains("ZLIB") || message.contains("Truncated")
                    || message.contains("Unexpected end")) {
                return "is damaged or incomplete (its zip data ends early or is corrupt); copy it again, or " + again + ".";
            }
        }
        return "cannot be read (" + OneLine.first(failure.getMessage() == null ? "an unexpected error" : failure.getMessage()) + "); " + again + ".";
    }
}
