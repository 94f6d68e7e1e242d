package org.sescert.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sescert.importing.CycleLayout;
import org.sescert.importing.SheetLayout;

/** The department generator: seeded, streaming, and its final levels as asked. */
class CycleGeneratorTests {

    private static final int EXECUTIVES = 20_000;

    /** A sink that keeps every row as one line, in the order the generator sends them. */
    private static final class Lines implements CycleSink {
        final List<String> lines = new ArrayList<>();
        final int[] finals = new int[6];

        @Override
        public void cycle(Map<String, String> values) {
            lines.add(values.toString());
        }

        @Override
        public void row(SheetLayout sheet, List<String> values) {
            lines.add(sheet.name() + values);
            if (sheet == CycleLayout.EXECUTIVES) {
                String level = values.get(CycleLayout.EXECUTIVES.indexOf("final_level"));
                finals[level == null ? 0 : Integer.parseInt(level)]++;
            }
        }

        @Override
        public void close() {
        }
    }

    private static Lines department(long seed, LevelShares shares) {
        Lines sink = new Lines();
        new CycleGenerator(seed, CycleShape.department(EXECUTIVES, shares), Set.of(), 0).write(EXECUTIVES, sink);
        return sink;
    }

    @Test
    void theSameSeedGivesTheSameCycleAndAnotherSeedAnother() {
        Lines first = department(7, LevelShares.REALISTIC);
        Lines again = department(7, LevelShares.REALISTIC);
        Lines other = department(8, LevelShares.REALISTIC);

        assertThat(again.lines).isEqualTo(first.lines);
        assertThat(other.lines).hasSameSizeAs(first.lines).isNotEqualTo(first.lines);
    }

    @Test
    void finalLevelsComeWithinTwoPointsOfTheRealisticShares() {
        assertShares(department(11, LevelShares.REALISTIC).finals, LevelShares.REALISTIC);
    }

    @Test
    void finalLevelsComeWithinTwoPointsOfSharesAskedFor() {
        LevelShares flatter = LevelShares.parse("40,40,15,4,1");
        assertShares(department(12, flatter).finals, flatter);
    }

    private static void assertShares(int[] finals, LevelShares asked) {
        for (int level = 1; level <= 5; level++) {
            assertThat(100.0 * finals[level] / EXECUTIVES).as("Level %d %%", level).isCloseTo(100 * asked.share(level), within(2.0));
        }
    }

    @Test
    void aDepartmentHasTheUnitsOfOne() {
        CycleShape small = CycleShape.department(EXECUTIVES, LevelShares.REALISTIC);
        CycleShape large = CycleShape.department(1_000_000, LevelShares.REALISTIC);

        assertThat(small.size()).isEqualTo(8);
        assertThat(large.size()).isEqualTo(30);
        assertThat(java.util.Arrays.stream(large.officials(1_000_000)).mapToInt(o -> o.length).min().orElse(0)).isGreaterThan(100);
        assertThat(large.prbs()).isEqualTo(30);
        assertThat(large.executiveId(999_999)).isEqualTo("SA-1000000");
        assertThat(large.executiveId(0)).isEqualTo("SA-0000001");
    }
}
