package org.sescert.importing.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared-strings table, read once with a hardened SAX parser and held in memory,
 * keeping no more of any string than a value may have. A longer string is held as a marker
 * giving its length, which the row collector turns into a reject: however large a string the
 * workbook holds, it costs no memory here. Phonetic runs (rPh), which Excel does not show, are
 * left out, as Excel leaves them out of the cell's value.
 */
final class BoundedSharedStrings implements SharedStrings {

    /** Starts the text of a string too long to keep; NUL cannot occur in XML text, so no real string looks like it. */
    static final String TOO_LONG = "\u0000too-long:";

    private final List<String> strings = new ArrayList<>();

    BoundedSharedStrings(InputStream sst, int charsKept) throws Exception {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private long length;
            private boolean inString;
            private boolean inText;
            private int phonetic;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                switch (localName) {
                    case "si" -> {
                        inString = true;
                        text.setLength(0);
                        length = 0;
                    }
                    case "rPh" -> phonetic++;
                    case "t" -> inText = inString && phonetic == 0;
                    default -> {
                    }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                switch (localName) {
                    case "si" -> {
                        inString = false;
                        strings.add(length > charsKept ? TOO_LONG + length : text.toString());
                    }
                    case "rPh" -> phonetic--;
                    case "t" -> inText = false;
                    default -> {
                    }
                }
            }

            @Override
            public void characters(char[] ch, int start, int count) {
                if (inText) {
                    if (length < charsKept) {
                        text.append(ch, start, (int) Math.min(count, charsKept - length));
                    }
                    length += count;
                }
            }
        });
        parser.parse(new InputSource(sst));
    }

    @Override
    public RichTextString getItemAt(int index) {
        if (index < 0 || index >= strings.size()) {
            throw new IllegalArgumentException("a cell refers to shared string " + index + ", which the workbook does not hold; the file is damaged");
        }
        return new XSSFRichTextString(strings.get(index));
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }
}
