package org.sescert.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sescert.datasets.CertificationDatasets.PayContributors;
import org.sescert.datasets.CycleDatasets.PayByLevel;
import org.sescert.reporting.internal.ReportRows.DisclosurePay;
import org.sescert.reporting.internal.ReportRows.DisclosureRow;

/** The disclosure's tables: two tables that share the agency row hide the same figures in it; pay means rest on 4 people or more. */
class DisclosureTablesTests {

    private static final String H = DisclosureTables.HIDDEN;

    @Test
    void theAgencyRowHidesTheSameFiguresInBothTables() {
        Map<String, long[]> components = new LinkedHashMap<>();
        components.put("A", new long[] {0, 5, 6, 20, 30, 25});
        components.put("B", new long[] {0, 4, 5, 22, 28, 30});
        // By appointment type the agency's Level 1 (9) is split 8 + 1: the 1 is hidden, and with it a figure of the agency row.
        Map<String, long[]> types = new LinkedHashMap<>();
        types.put("CAREER", new long[] {0, 8, 10, 40, 50, 50});
        types.put("NONCAREER", new long[] {0, 1, 1, 2, 8, 5});
        DisclosureTables.Disclosure d = DisclosureTables.build(components, types, List.of(), Map.of(), 4);

        DisclosureRow agencyByComponent = d.components().get(d.components().size() - 1);
        DisclosureRow agencyByType = d.types().get(d.types().size() - 1);
        assertThat(List.of(agencyByComponent.l1(), agencyByComponent.l2(), agencyByComponent.l3(), agencyByComponent.l4(), agencyByComponent.l5(),
                agencyByComponent.total())).isEqualTo(List.of(agencyByType.l1(), agencyByType.l2(), agencyByType.l3(), agencyByType.l4(),
                agencyByType.l5(), agencyByType.total()));
        assertThat(d.types().get(1).l1()).isEqualTo(H);
        assertThat(d.hidden()).isPositive();
    }

    @Test
    void aMeanRaiseOrAwardRestingOnFewerThanFourPeopleIsHidden() {
        List<PayByLevel> pay = List.of(new PayByLevel(5, 20, 4.9, 5.0, 14.1, 14.0, 18, 10.0, 18.0),
                new PayByLevel(3, 5, 1.1, 1.0, 2.2, 2.5, 3, 5.0, 6.0));
        Map<Integer, PayContributors> people = Map.of(5, new PayContributors(5, 20, 18), 3, new PayContributors(3, 5, 3));
        DisclosureTables.Disclosure d = DisclosureTables.build(Map.of(), Map.of(), pay, people, 4);

        assertThat(d.pay()).containsExactly(new DisclosurePay("Level 5", "4.9%", "14.1%"), new DisclosurePay("Level 4", H, H),
                new DisclosurePay("Level 3", "1.1%", H), new DisclosurePay("Level 2", H, H), new DisclosurePay("Level 1", H, H));
    }
}
