package org.sescert.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCatalogTests {

    private final PolicyCatalog catalog = new PolicyCatalog();

    @Test
    void aCycleGetsThePackOfItsFiscalYearUnlessItNamesOne() {
        assertThat(catalog.forCycle(null, LocalDate.of(2025, 9, 30)).policy().id()).isEqualTo("opm-basic-2012");
        assertThat(catalog.forCycle(null, LocalDate.of(2026, 9, 30)).policy().id()).isEqualTo("opm-fy2026");
        assertThat(catalog.forCycle("", LocalDate.of(2025, 10, 1)).policy().id()).isEqualTo("opm-fy2026");
        assertThat(catalog.forCycle("opm-basic-2012", LocalDate.of(2026, 9, 30)).policy().id()).isEqualTo("opm-basic-2012");
    }

    @Test
    void thePacksDifferInTheirElementsAndTheLeadMinimum() {
        Policy basic = catalog.load("opm-basic-2012").policy();
        Policy fy2026 = catalog.load("opm-fy2026").policy();
        assertThat(basic.leadElement()).isEqualTo("RESULTS_DRIVEN");
        assertThat(basic.weights().leadMinimum()).isEqualTo(20);
        assertThat(fy2026.leadElement()).isEqualTo("FAITHFUL_ADMINISTRATION");
        assertThat(fy2026.weights().leadMinimum()).isEqualTo(25);
        assertThat(fy2026.element("Faithful Administration of the Law and the President's Policies")).isPresent();
        assertThat(basic.element("Faithful Administration")).isEmpty();
    }

    @Test
    void theShippedPacksCapTheAgencysAwardsAndSetNoPoolBudget() {
        for (String pack : PolicyCatalog.SHIPPED) {
            Policy.Awards awards = catalog.load(pack).policy().awards();
            assertThat(awards.aggregateCapPercent()).as(pack).isEqualByComparingTo("10");
            assertThat(awards.averageCapPercent()).as(pack).isEqualByComparingTo("20");
            assertThat(awards.poolBudgetPercent()).as(pack).isNull();
        }
        assertThat(catalog.load("opm-fy2026").policy().distribution().highRatingCapMinimumCareer()).isEqualTo(5);
    }

    @Test
    void aPackWithoutTheAwardCapIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nocap.yaml");
        Files.writeString(file, new String(getClass().getResourceAsStream("/policy/opm-fy2026.yaml").readAllBytes())
                .replaceAll("(?m)^  aggregate_cap_percent:.*$", ""));
        assertThatThrownBy(() -> catalog.load(file.toString())).isInstanceOf(PolicyException.class)
                .hasMessageContaining("awards needs minimum_percent, maximum_percent, aggregate_cap_percent and average_cap_percent");
    }

    @Test
    void aPackFileOverridesTheShippedOnesAndIsHashed(@TempDir Path dir) throws Exception {
        String yaml = new String(getClass().getResourceAsStream("/policy/opm-fy2026.yaml").readAllBytes())
                .replace("id: opm-fy2026", "id: agency-2026").replace("lead_minimum: 25", "lead_minimum: 30");
        Path file = dir.resolve("agency.yaml");
        Files.writeString(file, yaml);
        LoadedPolicy loaded = catalog.load(file.toString());
        assertThat(loaded.policy().id()).isEqualTo("agency-2026");
        assertThat(loaded.policy().weights().leadMinimum()).isEqualTo(30);
        assertThat(loaded.sha256()).hasSize(64).isNotEqualTo(catalog.load("opm-fy2026").sha256());
    }

    @Test
    void aMisspelledKeyOrAnUnknownNameIsRefusedClearly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, new String(getClass().getResourceAsStream("/policy/opm-fy2026.yaml").readAllBytes())
                .replace("lead_minimum:", "lead_minimun:"));
        assertThatThrownBy(() -> catalog.load(file.toString())).isInstanceOf(PolicyException.class).hasMessageContaining("typo.yaml is not a valid policy file at weights.lead_mini");
        assertThatThrownBy(() -> catalog.load("opm-2030")).isInstanceOf(PolicyException.class)
                .hasMessageContaining("neither a shipped pack (opm-basic-2012, opm-fy2026) nor a policy file");
    }
}
