package org.sescert.importing.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Where a file stops being UTF-8: for a refusal that names the line to look at. */
final class Utf8 {

    interface Opener {
        InputStream open() throws IOException;
    }

    private Utf8() {
    }

    /** The 1-based line holding the first byte that is not well-formed UTF-8, if any. */
    static Optional<Long> firstBadLine(Opener file) {
        try (InputStream in = new BufferedInputStream(file.open())) {
            long line = 1;
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    line++;
                    continue;
                }
                int continuation = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
                if (continuation < 0) {
                    return Optional.of(line);
                }
                for (int i = 0; i < continuation; i++) {
                    int next = in.read();
                    if (next < 0x80 || next > 0xBF) {
                        return Optional.of(line);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
