package org.sescert.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sescert.importing.HostileCorpus;

/**
 * Every refusal of the hostile-input corpus as a user meets it: the real launcher, a heap of
 * 128 MB (memory stays bounded whatever the file), exit 2, one line on standard error, and no
 * stack trace or Java class name anywhere in the output.
 */
class HostileInputLauncherIT {

    /** Small enough that reading a bomb, a huge cell or a huge shared-strings table whole would fail. */
    static final String SMALL_HEAP = "-Xmx128m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
    static final Pattern JAVA_NOISE = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b|\\b\\w+(?:Exception|Error)\\b|\\tat |Caused by");
    static final Path BUILT = Launcher.PROJECT.resolve("target/hostile-corpus");

    @TempDir
    static Path home;

    @TempDir
    Path work;

    static Stream<HostileCorpus.Case> refusals() {
        return HostileCorpus.cases().stream().filter(c -> c.expected() instanceof HostileCorpus.Refused);
    }

    private static Map<String, String> smallHeap(HostileCorpus.Case c) {
        String settings = c.settings().entrySet().stream().map(e -> " -D" + e.getKey() + "=" + e.getValue()).collect(Collectors.joining());
        return Map.of("SESCERT_JAVA_OPTS", SMALL_HEAP + settings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void eachRefusalIsOneLineExitTwoWithNoStackTraceInASmallHeap(HostileCorpus.Case c) throws Exception {
        Path file = HostileCorpus.file(c, BUILT).toAbsolutePath();

        Launcher.Result result = new Launcher(home).run(smallHeap(c), work, "import", file.toString());

        assertThat(result.exitCode()).as(c.what() + ": " + result.err()).isEqualTo(2);
        assertThat(result.errLines()).as(c.what()).hasSize(1);
        assertThat(result.errLines().get(0)).startsWith("sescert: ").contains(((HostileCorpus.Refused) c.expected()).fragment());
        assertThat(result.out() + result.err()).as(c.what()).doesNotContainPattern(JAVA_NOISE);
    }

    @Test
    void aHundredMegabyteCellRejectsItsRowInASmallHeap() throws Exception {
        HostileCorpus.Case c = HostileCorpus.cases().stream().filter(k -> k.file().equals("csv-100mb-cell")).findFirst().orElseThrow();
        Path file = HostileCorpus.file(c, BUILT).toAbsolutePath();

        Launcher.Result result = new Launcher(home).run(smallHeap(c), work, "import", "--replace", file.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).contains("Imported cycle HC37").containsPattern("Executives\\s+3\\s+2\\s+1");
        assertThat(result.out() + result.err()).doesNotContainPattern(JAVA_NOISE);
    }
}
