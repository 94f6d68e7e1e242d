package org.sescert.importing.internal;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Stands between the SAX parser and POI's sheet handler, and sees what POI's handler does not
 * report: a formula cell saved with no result, a cell too long to be a value (whose text is cut
 * here, so that a cell of any size costs no memory), and merged ranges. The rest passes through.
 */
final class SheetEvents extends DefaultHandler {

    /** Excel's last column (XFD); a cell beyond it is not one Excel wrote, and is passed over. */
    static final int MAX_COLUMNS = 16_384;

    /** What the sheet's row collector learns of each cell beyond its text. */
    interface Listener {
        void formulaWithoutResult(int column, String cell);

        void tooLong(int column, long length);
    }

    private final ContentHandler poi;
    private final Listener listener;
    private final int keep;
    private long formulas;
    private String firstFormula;
    private final List<String> merged = new ArrayList<>();
    private long mergedCount;

    private boolean inCell;
    private String cell;
    private boolean formula;
    private boolean result;
    private long length;
    /** Where a cell without a reference stands: after the one before it, as POI places it. */
    private int nextColumn;

    SheetEvents(ContentHandler poi, Listener listener, int charsKept) {
        this.poi = poi;
        this.listener = listener;
        this.keep = charsKept;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "c" -> {
                inCell = true;
                cell = attributes.getValue("r");
                formula = false;
                result = false;
                length = 0;
            }
            case "row" -> nextColumn = 0;
            case "f" -> formula = true;
            case "v", "is" -> result = true;
            case "mergeCell" -> {
                if (mergedCount++ < 5) {
                    merged.add(String.valueOf(attributes.getValue("ref")));
                }
            }
            default -> {
            }
        }
        poi.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void characters(char[] ch, int start, int count) throws SAXException {
        if (!inCell) {
            poi.characters(ch, start, count);
            return;
        }
        long before = length;
        length += count;
        if (before < keep) {
            poi.characters(ch, start, (int) Math.min(count, keep - before));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (localName.equals("c")) {
            int column = cell == null ? nextColumn : column(cell);
            nextColumn = column < 0 ? MAX_COLUMNS : column + 1;
            if (column >= MAX_COLUMNS) {
                column = -1;
            }
            if (formula) {
                formulas++;
                if (firstFormula == null) {
                    firstFormula = cell;
                }
                if (!result && column >= 0) {
                    listener.formulaWithoutResult(column, cell);
                }
            }
            if (length > keep && column >= 0) {
                listener.tooLong(column, length);
            }
            inCell = false;
        }
        poi.endElement(uri, localName, qName);
    }

    /** What a person should know of how the sheet was read: its formulas and merged ranges. */
    List<String> warnings(String where) {
        List<String> warnings = new ArrayList<>();
        if (formulas > 0) {
            warnings.add(where + ": " + formulas + (formulas == 1 ? " cell holds a formula" : " cells hold formulas") + " (first " + firstFormula
                    + "); the result Excel saved with each is read, not the formula.");
        }
        if (mergedCount > 0) {
            warnings.add(where + ": " + mergedCount + " merged range" + (mergedCount == 1 ? " " : "s ") + "(" + String.join(", ", merged)
                    + (mergedCount > merged.size() ? ", ..." : "") + "); a merged range's value is read in its top-left cell only, its other cells are empty.");
        }
        return warnings;
    }

    /** The 0-based column of a cell reference such as "AB12", or -1 when it has none or lies beyond Excel's last column. */
    static int column(String reference) {
        if (reference == null) {
            return -1;
        }
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                return -1;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > MAX_COLUMNS) {
                return -1;
            }
            i++;
        }
        return i == 0 ? -1 : column - 1;
    }
}
