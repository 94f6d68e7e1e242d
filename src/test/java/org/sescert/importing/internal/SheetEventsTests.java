package org.sescert.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * SheetEvents reads inline-string cells itself instead of handing them to POI's sheet handler:
 * every cell must come out exactly as POI's handler alone reports it.
 */
class SheetEventsTests {

    private static final String SHEET = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1">
              <c r="A1" t="inlineStr"><is><t>plain</t></is></c>
              <c r="B1" t="inlineStr"><is><t xml:space="preserve">  padded  </t></is></c>
              <c r="C1" t="inlineStr"><is><t>line_x000D_break</t></is></c>
              <c r="D1" t="inlineStr"><is><r><rPr><b/></rPr><t>bold</t></r><r><t xml:space="preserve"> part</t></r></is></c>
              <c r="E1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c>
              <c r="F1" t="inlineStr"><v>via v</v></c>
              <c r="G1" t="inlineStr"><is/></c>
              <c r="H1"><v>42</v></c>
              <c t="inlineStr"><is><t>no reference</t></is></c>
              <c r="J1" t="inlineStr"><is><t>tax_xyz &amp; _x0041_</t></is></c>
            </row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>second row</t></is></c><c r="B2" t="n"><v>2.5</v></c></row>
            </sheetData></worksheet>
            """;

    @Test
    void inlineStringsReadAsPoisOwnHandlerReadsThem() throws Exception {
        List<String> byPoi = new ArrayList<>();
        parse(new XSSFSheetXMLHandler(null, null, recorder(byPoi), new DataFormatter(), false));

        List<String> bySheetEvents = new ArrayList<>();
        SheetContentsHandler contents = recorder(bySheetEvents);
        parse(new SheetEvents(new XSSFSheetXMLHandler(null, null, contents, new DataFormatter(), false), listener(contents, new ArrayList<>()), 1000));

        assertThat(bySheetEvents).isEqualTo(byPoi);
        // And what that is: escapes decoded, runs joined, a v read, an empty string kept, order kept.
        assertThat(byPoi).contains("C1=line\rbreak", "D1=bold part", "F1=via v", "G1=", "J1=tax_xyz & A", "null=no reference")
                .startsWith("start 0", "A1=plain", "B1=  padded  ").endsWith("A2=second row", "B2=2.5", "end 1");
    }

    @Test
    void anInlineStringLongerThanAValueMayBeIsCutAndReportedTooLong() throws Exception {
        List<String> cells = new ArrayList<>();
        List<String> tooLong = new ArrayList<>();
        SheetContentsHandler contents = recorder(cells);
        String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>" + "x".repeat(5000) + "</t></is></c></row></sheetData></worksheet>";
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new SheetEvents(new XSSFSheetXMLHandler(null, null, contents, new DataFormatter(), false), listener(contents, tooLong), 100));
        parser.parse(new InputSource(new StringReader(sheet)));

        assertThat(cells).containsExactly("start 0", "A1=" + "x".repeat(100), "end 0");
        assertThat(tooLong).containsExactly("0:5000");
    }

    private static void parse(ContentHandler handler) throws Exception {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(new StringReader(SHEET)));
    }

    /** Passes the cells SheetEvents reads itself on to the same recorder as POI's, and notes the cells too long. */
    private static SheetEvents.Listener listener(SheetContentsHandler contents, List<String> tooLong) {
        return new SheetEvents.Listener() {
            @Override
            public void cell(String cellReference, String formattedValue, XSSFComment comment) {
                contents.cell(cellReference, formattedValue, comment);
            }

            @Override
            public void formulaWithoutResult(int column, String cell) {
            }

            @Override
            public void tooLong(int column, long length) {
                tooLong.add(column + ":" + length);
            }
        };
    }

    private static SheetContentsHandler recorder(List<String> into) {
        return new SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
                into.add("start " + rowNum);
            }

            @Override
            public void endRow(int rowNum) {
                into.add("end " + rowNum);
            }

            @Override
            public void cell(String cellReference, String formattedValue, XSSFComment comment) {
                into.add(cellReference + "=" + formattedValue);
            }
        };
    }
}
