package org.sescert.importing.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Stands between the SAX parser and POI's sheet handler, and sees what POI's handler does not
 * report: a formula cell saved with no result, a cell too long to be a value (whose text is cut
 * here, so that a cell of any size costs no memory), and merged ranges. The rest passes through,
 * except inline-string cells ({@code t="inlineStr"}, as streaming writers such as POI's own
 * SXSSF save text), which are read here: POI's handler builds an XMLBeans rich-text object for
 * each, a fifth of the parse of a large generated workbook, to return the same text.
 */
final class SheetEvents extends DefaultHandler {

    /** Excel's last column (XFD); a cell beyond it is not one Excel wrote, and is passed over. */
    static final int MAX_COLUMNS = 16_384;

    /** What the sheet's row collector learns of each cell beyond its text. */
    interface Listener {
        /** A cell's text, as POI's handler reports a cell (here: an inline string). */
        void cell(String cellReference, String formattedValue, XSSFComment comment);

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
    /** An inline-string cell with a reference, read here rather than by POI's handler. */
    private boolean inline;
    private boolean inInlineString;
    private boolean inInlineText;
    private final StringBuilder inlineText = new StringBuilder();

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
                inline = cell != null && "inlineStr".equals(attributes.getValue("t"));
                inInlineString = false;
                inInlineText = false;
                inlineText.setLength(0);
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
        if (inline && inCell) {
            // What POI's handler reads as the text: every t inside is, or a v outside it.
            switch (localName) {
                case "is" -> inInlineString = true;
                case "t" -> inInlineText = inInlineString;
                case "v" -> inInlineText = !inInlineString;
                default -> {
                }
            }
            return;
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
            if (!inline) {
                poi.characters(ch, start, (int) Math.min(count, keep - before));
            } else if (inInlineText) {
                inlineText.append(ch, start, (int) Math.min(count, keep - before));
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (inline && inCell && !localName.equals("c")) {
            switch (localName) {
                case "t" -> inInlineText = false;
                case "v" -> {
                    if (!inInlineString) {
                        inInlineText = false;
                        inlineCell();
                    }
                }
                case "is" -> {
                    inInlineString = false;
                    inlineCell();
                }
                default -> {
                }
            }
            return;
        }
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
            if (inline) {
                inline = false;
                return;
            }
        }
        poi.endElement(uri, localName, qName);
    }

    /**
     * Reports an inline string's text as POI's handler would: its {@code _xHHHH_} escapes (how
     * OOXML writes control characters) decoded by POI itself, in the rare text that has one.
     */
    private void inlineCell() {
        String text = inlineText.toString();
        listener.cell(cell, text.contains("_x") ? new XSSFRichTextString(text).getString() : text, null);
        inlineText.setLength(0);
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
