package org.sescert.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sescert.system.RefusedException;

/** The import limits: defaults, and no setting that switches POI's zip-bomb guard off. */
class ImportSettingsTests {

    @Test
    void theDefaultsKeepTheZipBombGuardOnAndBoundWhatIsReadIntoMemory() {
        ImportSettings defaults = ImportSettings.defaults();
        assertThat(defaults.minInflateRatio()).isEqualTo(0.01);
        assertThat(defaults.maxFileBytes()).isEqualTo(1L << 30);
        assertThat(defaults.maxEntryBytes()).isEqualTo(4L << 30);
        assertThat(defaults.maxSharedStringsBytes()).isEqualTo(256L << 20);
    }

    @Test
    void aMinimumInflateRatioOfZeroOrLessIsRefusedSoTheGuardCannotBeSwitchedOff() {
        for (double ratio : new double[] {-1, 0, 1, Double.NaN}) {
            assertThatThrownBy(() -> new ImportSettings(null, null, null, ratio, null)).isInstanceOf(RefusedException.class)
                    .hasMessageContaining("min-inflate-ratio must be above 0 and below 1");
        }
    }

    @Test
    void aLimitGivenAsASystemPropertyIsTheOneTheChecksBeforeStartUpUse() {
        System.setProperty("sescert.import.max-file-bytes", "12345");
        try {
            assertThat(ImportSettings.fromEnvironment().maxFileBytes()).isEqualTo(12345);
        } finally {
            System.clearProperty("sescert.import.max-file-bytes");
        }
        System.setProperty("sescert.import.min-inflate-ratio", "-1");
        try {
            assertThatThrownBy(ImportSettings::fromEnvironment).isInstanceOf(RefusedException.class);
        } finally {
            System.clearProperty("sescert.import.min-inflate-ratio");
        }
    }
}
