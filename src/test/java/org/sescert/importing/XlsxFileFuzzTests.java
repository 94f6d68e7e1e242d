package org.sescert.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

/** Fuzzes the whole file named .xlsx (the zip container, the file-type checks): with {@code -Pfuzz}; seeds only otherwise. */
class XlsxFileFuzzTests {

    private static Path dir;

    @BeforeAll
    static void aFolder() throws IOException {
        dir = Files.createTempDirectory("xlsx-file-fuzz");
    }

    @FuzzTest(maxDuration = "5m")
    void anyBytesNamedXlsxAreReadOrRefusedAtLength(byte[] bytes) throws IOException {
        ReaderFuzzing.readEverything(ReaderFuzzing.write(dir, "any.xlsx", bytes));
    }
}
