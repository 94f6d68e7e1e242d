package org.sescert.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the workbook reader: one part of a valid cycle workbook (a sheet, the shared strings,
 * the workbook part, the styles, the content types) replaced with the fuzzer's bytes, and whole
 * files of the fuzzer's bytes ({@link XlsxFileFuzzTests}). Only the documented refusal may come out. Each method fuzzes
 * briefly in every build (surefire executions with JAZZER_FUZZ set) and runs its seeds as a
 * regression test otherwise; the long variants run with {@code -Pfuzz}.
 */
class XlsxReaderFuzzTests {

    private static List<Object[]> parts;
    private static Path dir;

    @BeforeAll
    static void aValidWorkbook() throws IOException {
        dir = Files.createTempDirectory("xlsx-fuzz");
        Path workbook = dir.resolve("base.xlsx");
        HostileCorpus.xlsx(HostileCorpus.cleanCycle("FZ01"), workbook, null);
        parts = ReaderFuzzing.parts(Files.readAllBytes(workbook));
    }

    @FuzzTest(maxDuration = "5s")
    void aWorkbookWithOneFuzzedPartIsReadOrRefused(FuzzedDataProvider data) throws IOException {
        readWithFuzzedPart(data);
    }

    @FuzzTest(maxDuration = "10m")
    void aWorkbookWithOneFuzzedPartIsReadOrRefusedAtLength(FuzzedDataProvider data) throws IOException {
        readWithFuzzedPart(data);
    }

    private static void readWithFuzzedPart(FuzzedDataProvider data) throws IOException {
        int part = data.consumeInt(0, parts.size() - 1);
        byte[] workbook = ReaderFuzzing.withPart(parts, part, data.consumeRemainingAsBytes());
        ReaderFuzzing.readEverything(ReaderFuzzing.write(dir, "fuzzed.xlsx", workbook));
    }
}
