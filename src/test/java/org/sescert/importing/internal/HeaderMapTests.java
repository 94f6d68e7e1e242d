package org.sescert.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sescert.importing.CycleLayout;

class HeaderMapTests {

    @Test
    void headersMatchWithoutRegardToCaseSpacesAndUnderscoresAndUnknownOnesAreLeftOut() {
        Map<Integer, String> map = HeaderMap.of(CycleLayout.EXECUTIVES, List.of("Executive ID", "Notes", "APPRAISAL_START", "pay-pool"));
        assertThat(map).containsExactlyInAnyOrderEntriesOf(Map.of(0, "executive_id", 2, "appraisal_start", 3, "pay_pool"));
    }

    @Test
    void aColumnNamedTwiceIsReadFromItsFirstPosition() {
        Map<Integer, String> map = HeaderMap.of(CycleLayout.EXECUTIVES, List.of("component", "executive_id", "Component"));
        assertThat(map).containsExactlyInAnyOrderEntriesOf(Map.of(0, "component", 1, "executive_id"));
    }
}
