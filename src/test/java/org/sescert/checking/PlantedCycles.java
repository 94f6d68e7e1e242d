package org.sescert.checking;

import static org.sescert.importing.CycleLayout.EXECUTIVES;
import static org.sescert.importing.CycleLayout.ORG_ASSESSMENTS;
import static org.sescert.importing.CycleLayout.PAY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.sescert.generate.CycleFiles;
import org.sescert.generate.CycleGenerator;
import org.sescert.generate.SyntheticCycle;

/**
 * Generated cycles (realistic, varied) with one thing planted for a scenario: components rated
 * to a quota, awards near a cap, an award a dollar under its bound. The generator's own data stay
 * as they are everywhere else.
 */
final class PlantedCycles {

    private PlantedCycles() {
    }

    /** A realistic cycle of 300 executives (agency SA00, policy opm-fy2026) under the given id. */
    static SyntheticCycle generated(String cycleId, long seed) {
        SyntheticCycle cycle = new CycleGenerator(seed).generate(300);
        cycle.cycleValues().put("cycle_id", cycleId);
        return cycle;
    }

    static String get(List<String> row, String column) {
        return row.get(EXECUTIVES.indexOf(column));
    }

    static void set(List<String> row, String column, String value) {
        row.set(EXECUTIVES.indexOf(column), value);
    }

    /**
     * Moves executives into new components, each rated L5/L4/L3 = {@code l5}/{@code l4}/{@code l3}
     * at both stages (executives whose PRB kept their initial level), with an assessment each.
     */
    static void plantQuota(SyntheticCycle cycle, List<String> offices, int l5, int l4, int l3) {
        Map<Integer, Deque<List<String>>> unchanged = new HashMap<>();
        for (List<String> row : cycle.rows(EXECUTIVES)) {
            String initial = get(row, "initial_level");
            if (initial != null && initial.equals(get(row, "prb_level")) && initial.equals(get(row, "final_level"))) {
                unchanged.computeIfAbsent(Integer.parseInt(initial), l -> new ArrayDeque<>()).add(row);
            }
        }
        for (String office : offices) {
            for (int[] levelCount : new int[][] {{5, l5}, {4, l4}, {3, l3}}) {
                for (int i = 0; i < levelCount[1]; i++) {
                    set(unchanged.get(levelCount[0]).removeFirst(), "component", office);
                }
            }
            cycle.add(ORG_ASSESSMENTS, Map.of("component", office, "score", "75", "level", "4", "source", "planted"));
        }
    }

    /** One executive of the component at the level: the PRB, and so the final rating, moves it to another level. */
    static void prbMoves(SyntheticCycle cycle, String component, int from, int to) {
        List<String> row = cycle.rows(EXECUTIVES).stream()
                .filter(r -> component.equals(get(r, "component")) && String.valueOf(from).equals(get(r, "final_level")))
                .findFirst().orElseThrow();
        set(row, "prb_level", String.valueOf(to));
        set(row, "final_level", String.valueOf(to));
    }

    /** An executive's Executives row by id. */
    static List<String> executive(SyntheticCycle cycle, String id) {
        return cycle.find(EXECUTIVES, id);
    }

    /**
     * Sets every performance award: career executives rated Level 3 or higher get the share of
     * their basic pay that {@code percentFor} gives them (rounded up to the dollar); others none.
     */
    static void awards(SyntheticCycle cycle, java.util.function.Function<List<String>, BigDecimal> percentFor) {
        int before = PAY.indexOf("basic_pay_before");
        int award = PAY.indexOf("performance_award");
        for (List<String> pay : cycle.rows(PAY)) {
            List<String> executive = executive(cycle, pay.get(0));
            String level = get(executive, "final_level");
            boolean eligible = "CAREER".equals(get(executive, "appointment_type")) && level != null && Integer.parseInt(level) >= 3;
            BigDecimal amount = eligible
                    ? new BigDecimal(pay.get(before)).multiply(percentFor.apply(executive)).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                    : BigDecimal.ZERO;
            pay.set(award, amount.toPlainString());
        }
    }

    /** Career basic pay before adjustment, summed over the executives that match. */
    static BigDecimal careerBasicPay(SyntheticCycle cycle, Predicate<List<String>> which) {
        int before = PAY.indexOf("basic_pay_before");
        return cycle.rows(PAY).stream().filter(p -> {
            List<String> e = executive(cycle, p.get(0));
            return "CAREER".equals(get(e, "appointment_type")) && which.test(e);
        }).map(p -> new BigDecimal(p.get(before))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static List<String> pay(SyntheticCycle cycle, String executiveId) {
        return cycle.find(PAY, executiveId);
    }

    static Path write(SyntheticCycle cycle) {
        try {
            Path dir = Files.createTempDirectory("planted").resolve("csv");
            CycleFiles.writeCsv(cycle, dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
