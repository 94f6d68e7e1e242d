package org.sescert.generate;

import static org.sescert.importing.CycleLayout.ELEMENTS;
import static org.sescert.importing.CycleLayout.EXECUTIVES;
import static org.sescert.importing.CycleLayout.HISTORY;
import static org.sescert.importing.CycleLayout.PRB_MEMBERS;
import static org.sescert.importing.CycleLayout.PAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The deliberate defects of the shipped sample cycle, each of a kind an HR analyst meets at
 * cycle close. sample-data/README.md lists them with the reject or finding each must produce.
 */
public final class SampleDefects {

    private SampleDefects() {
    }

    public static void apply(SyntheticCycle cycle) {
        // Rows the import must reject.
        cycle.set(EXECUTIVES, "SA-0042", "final_level", "6");
        List<String> duplicate = new ArrayList<>(cycle.find(EXECUTIVES, "SA-0107"));
        duplicate.set(EXECUTIVES.indexOf("name"), "Duplicate Row");
        cycle.rows(EXECUTIVES).add(200, duplicate);
        cycle.set(EXECUTIVES, "SA-0150", "appointment_type", "SES-CAREER");
        cycle.set(EXECUTIVES, "SA-0201", "progress_review", "March 2026");
        elementOf(cycle, "SA-0033", 1).set(ELEMENTS.indexOf("weight"), "15.5");
        cycle.add(ELEMENTS, Map.of("executive_id", "SA-9999", "element", "GOVERNMENT_EFFICIENCY", "weight", "15", "level", "4"));
        List<String> again = new ArrayList<>(elementOf(cycle, "SA-0077", 2));
        cycle.rows(ELEMENTS).add(cycle.rows(ELEMENTS).indexOf(elementOf(cycle, "SA-0077", 4)) + 1, again);
        cycle.set(PAY, "SA-0088", "performance_award", "-500");

        // Rows that load but that the checks must flag.
        elementOf(cycle, "SA-0015", 1).set(ELEMENTS.indexOf("weight"), "10");       // weights total 95
        cycle.set(EXECUTIVES, "SA-0020", "initial_level", flip(cycle, "SA-0020"));   // initial differs from the elements
        cycle.set(EXECUTIVES, "SA-0025", "final_level", "3");                        // final with no PRB or HLR basis
        cycle.set(EXECUTIVES, "SA-0030", "plan_communicated", "2025-11-15");          // plan communicated late
        cycle.set(EXECUTIVES, "SA-0035", "progress_review", null);                   // no progress review
        cycle.set(EXECUTIVES, "SA-0036", "prb_review", "2026-10-10");                // PRB before the rating was shared
        cycle.set(EXECUTIVES, "SA-0290", "appraisal_start", "2026-08-01");           // under the 90-day minimum

        // Poor performance across cycles: the first executive rated Level 2 (and with no history
        // yet) had a Level 2 last cycle too; the second is rated unsatisfactory (one element at Level 1).
        java.util.Set<String> withHistory = new java.util.HashSet<>();
        cycle.rows(HISTORY).forEach(r -> withHistory.add(r.get(0)));
        List<List<String>> levelTwo = cycle.rows(EXECUTIVES).stream()
                .filter(r -> "2".equals(r.get(EXECUTIVES.indexOf("final_level"))) && !withHistory.contains(r.get(0))).toList();
        String twice = levelTwo.get(0).get(0);
        cycle.add(HISTORY, Map.of("executive_id", twice, "cycle_id", "FY2025", "final_level", "2", "final_rating_date", "2025-11-20"));
        String unsatisfactory = levelTwo.get(1).get(0);
        elementOf(cycle, unsatisfactory, 0).set(ELEMENTS.indexOf("level"), "1");
        for (String column : List.of("initial_level", "prb_level", "final_level")) {
            cycle.set(EXECUTIVES, unsatisfactory, column, "1");
        }

        // PRBs: a member of PRB-2 whom PRB-2 reviews; a PRB-3 appointment published after service began.
        cycle.set(PRB_MEMBERS, "PRB-2", "member_id", "SA-0120");
        cycle.rows(PRB_MEMBERS).stream().filter(r -> r.get(0).equals("PRB-3")).findFirst().orElseThrow()
                .set(PRB_MEMBERS.indexOf("fr_published"), "2025-10-20");
    }

    private static List<String> elementOf(SyntheticCycle cycle, String executiveId, int index) {
        return cycle.rows(ELEMENTS).stream().filter(r -> executiveId.equals(r.get(0))).skip(index).findFirst().orElseThrow();
    }

    private static String flip(SyntheticCycle cycle, String executiveId) {
        String level = cycle.find(EXECUTIVES, executiveId).get(EXECUTIVES.indexOf("initial_level"));
        return level.equals("5") ? "4" : Integer.toString(Integer.parseInt(level) + 1);
    }
}
