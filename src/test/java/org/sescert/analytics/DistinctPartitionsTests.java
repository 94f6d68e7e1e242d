package org.sescert.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DistinctPartitionsTests {

    @Test
    void payPoolsThatCopyTheComponentsAreAnalysedOnce() {
        Map<String, long[]> units = Map.of("Office A", new long[] {0, 0, 0, 2, 5, 3}, "Office B", new long[] {0, 0, 1, 2, 4, 3});
        LevelTable components = new LevelTable("COMPONENT", "FINAL", units);
        LevelTable pools = new LevelTable("PAY_POOL", "FINAL", units);
        LevelTable officials = new LevelTable("RATING_OFFICIAL", "FINAL", Map.of("RO-1", new long[] {0, 0, 0, 2, 5, 3}));
        assertThat(LevelTable.distinctPartitions(List.of(components, pools, officials))).containsExactly(components, officials);
        LevelTable ownPools = new LevelTable("PAY_POOL", "FINAL", Map.of("Pool 1", new long[] {0, 0, 1, 4, 9, 6}));
        assertThat(LevelTable.distinctPartitions(List.of(components, ownPools))).containsExactly(components, ownPools);
    }
}
