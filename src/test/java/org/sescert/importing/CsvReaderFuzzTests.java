package org.sescert.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the CSV reader: a folder of a valid cycle's CSV files whose executives.csv (or another
 * sheet's file) holds the fuzzer's bytes. Only the documented refusal may come out. Briefly in
 * every build, at length with {@code -Pfuzz} (see {@link XlsxReaderFuzzTests}).
 */
class CsvReaderFuzzTests {

    private static final String[] FILES = {"executives.csv", "elements.csv", "pay.csv", "cycle.csv"};
    private static Path dir;

    @BeforeAll
    static void aValidCycle() throws IOException {
        dir = Files.createTempDirectory("csv-fuzz");
        HostileCorpus.csv(HostileCorpus.cleanCycle("FZ02"), dir, StandardCharsets.UTF_8, "", "\n");
    }

    @FuzzTest(maxDuration = "5s")
    void aCycleWithOneFuzzedFileIsReadOrRefused(FuzzedDataProvider data) throws IOException {
        readWithFuzzedFile(data);
    }

    @FuzzTest(maxDuration = "10m")
    void aCycleWithOneFuzzedFileIsReadOrRefusedAtLength(FuzzedDataProvider data) throws IOException {
        readWithFuzzedFile(data);
    }

    private static void readWithFuzzedFile(FuzzedDataProvider data) throws IOException {
        String file = FILES[data.consumeInt(0, FILES.length - 1)];
        Path folder = Files.createTempDirectory(dir, "case");
        try {
            for (String name : FILES) {
                Files.copy(dir.resolve(name), folder.resolve(name));
            }
            for (String other : new String[] {"orgassessments.csv", "prbmembers.csv"}) {
                Files.copy(dir.resolve(other), folder.resolve(other));
            }
            Files.write(folder.resolve(file), data.consumeRemainingAsBytes());
            ReaderFuzzing.readEverything(folder);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(folder);
        }
    }
}
