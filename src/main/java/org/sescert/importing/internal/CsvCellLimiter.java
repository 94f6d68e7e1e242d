package org.sescert.importing.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * Stands between a CSV file and its parser, following RFC 4180's quoting, and keeps no more of
 * any field than a value may have, nor more fields in a record than a spreadsheet can: the
 * parser then holds little whatever the file, and a 100 MB cell costs no memory. The fields it
 * cut are remembered, with their length, for the rows to reject.
 */
final class CsvCellLimiter extends Reader {

    /** Excel's column count: a record with more fields is ragged anyway, and its extra fields are not kept. */
    static final int MAX_FIELDS = 16_384;

    private final Reader in;
    private final int keep;
    /** Record (1-based, as the parser counts them) to field (0-based) to its length. */
    private final Map<Long, Map<Integer, Long>> cut = new HashMap<>();

    private long record = 1;
    private int field;
    private long length;
    private boolean fieldStart = true;
    private boolean inQuotes;
    private boolean quotePending;
    private boolean afterCarriageReturn;
    private boolean ended;

    private final char[] buffer = new char[8192];
    private final StringBuilder out = new StringBuilder();
    private int outPosition;

    CsvCellLimiter(Reader in, int charsKept) {
        this.in = in;
        this.keep = charsKept;
    }

    /** The fields of a record that were cut, with their length; forgotten once asked for. */
    Map<Integer, Long> cutFields(long recordNumber) {
        Map<Integer, Long> fields = cut.remove(recordNumber);
        // Records are asked for in order: whatever lies before this one will not be asked for.
        cut.keySet().removeIf(r -> r < recordNumber);
        return fields == null ? Map.of() : fields;
    }

    @Override
    public int read(char[] target, int offset, int count) throws IOException {
        while (outPosition >= out.length()) {
            out.setLength(0);
            outPosition = 0;
            if (ended) {
                return -1;
            }
            int n = in.read(buffer);
            if (n < 0) {
                if (quotePending) {
                    out.append('"');
                    quotePending = false;
                }
                endField();
                ended = true;
                continue;
            }
            for (int i = 0; i < n; i++) {
                accept(buffer[i]);
            }
        }
        int n = Math.min(count, out.length() - outPosition);
        out.getChars(outPosition, outPosition + n, target, offset);
        outPosition += n;
        return n;
    }

    private void accept(char c) {
        boolean crlf = afterCarriageReturn;
        afterCarriageReturn = false;
        if (inQuotes) {
            if (quotePending) {
                quotePending = false;
                if (c == '"') {
                    content("\"\"");
                    return;
                }
                inQuotes = false;
                emit('"');
            } else if (c == '"') {
                quotePending = true;
                return;
            } else {
                content(c);
                return;
            }
        }
        if (c == ',') {
            endField();
            emit(c);
            fieldStart = true;
        } else if (c == '\n' && crlf) {
            emit(c);
        } else if (c == '\r' || c == '\n') {
            endField();
            record++;
            field = 0;
            emit(c);
            fieldStart = true;
            afterCarriageReturn = c == '\r';
        } else if (c == '"' && fieldStart) {
            inQuotes = true;
            fieldStart = false;
            emit(c);
        } else {
            fieldStart = false;
            content(c);
        }
    }

    private void content(char c) {
        length++;
        if (length <= keep && field < MAX_FIELDS) {
            out.append(c);
        }
    }

    /** An escaped quote: two characters in the file, one in the value. */
    private void content(String escapedQuote) {
        length++;
        if (length <= keep && field < MAX_FIELDS) {
            out.append(escapedQuote);
        }
    }

    private void emit(char c) {
        if (field < MAX_FIELDS || c == '\r' || c == '\n') {
            out.append(c);
        }
    }

    private void endField() {
        if (length > keep && field < MAX_FIELDS) {
            cut.computeIfAbsent(record, r -> new HashMap<>()).put(field, length);
        }
        length = 0;
        if (field < MAX_FIELDS) {
            field++;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
