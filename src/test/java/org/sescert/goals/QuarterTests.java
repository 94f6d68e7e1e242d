package org.sescert.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class QuarterTests {

    @Test
    void theCanonicalFormReadsAndWritesTheSame() {
        Quarter q = Quarter.parse("FY2026Q4");
        assertThat(q).isEqualTo(new Quarter(2026, 4));
        assertThat(q.toString()).isEqualTo("FY2026Q4");
    }

    @Test
    void casesSpacesAndTwoDigitYearsAreAccepted() {
        assertThat(Stream.of("fy2026q4", " FY2026 Q4 ", "FY2026-Q4", "FY26Q4", "fy26 q4").map(Quarter::parse))
                .containsOnly(new Quarter(2026, 4));
    }

    @Test
    void theFiscalYearBeginsInOctoberOfThePreviousCalendarYear() {
        assertThat(Quarter.parse("FY2026Q1").firstDay()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(Quarter.parse("FY2026Q1").lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Quarter.parse("FY2026Q2").firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Quarter.parse("FY2026Q2").lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Quarter.parse("FY2026Q4").lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Quarter.containing(LocalDate.of(2025, 9, 30))).isEqualTo(Quarter.parse("FY2025Q4"));
        assertThat(Quarter.containing(LocalDate.of(2025, 10, 1))).isEqualTo(Quarter.parse("FY2026Q1"));
        assertThat(Quarter.containing(LocalDate.of(2026, 2, 28))).isEqualTo(Quarter.parse("FY2026Q2"));
    }

    @Test
    void arithmeticCrossesFiscalYearBoundaries() {
        assertThat(Quarter.parse("FY2026Q4").plus(1)).hasToString("FY2027Q1");
        assertThat(Quarter.parse("FY2026Q1").plus(-1)).hasToString("FY2025Q4");
        assertThat(Quarter.parse("FY2026Q3").plus(-8)).hasToString("FY2024Q3");
        assertThat(Quarter.parse("FY2026Q2").plus(0)).hasToString("FY2026Q2");
        assertThat(Quarter.quartersBetween(Quarter.parse("FY2025Q1"), Quarter.parse("FY2026Q4"))).isEqualTo(7);
        assertThat(Quarter.quartersBetween(Quarter.parse("FY2026Q4"), Quarter.parse("FY2025Q1"))).isEqualTo(-7);
    }

    @Test
    void quartersSortInTimeOrder() {
        List<Quarter> sorted = Stream.of("FY2026Q1", "FY2025Q4", "FY2026Q3", "FY2025Q1").map(Quarter::parse).sorted().toList();
        assertThat(sorted).extracting(Quarter::toString).containsExactly("FY2025Q1", "FY2025Q4", "FY2026Q1", "FY2026Q3");
        assertThat(Quarter.parse("FY2025Q4").isBefore(Quarter.parse("FY2026Q1"))).isTrue();
        assertThat(Quarter.parse("FY2026Q1").isAfter(Quarter.parse("FY2026Q1"))).isFalse();
    }

    @Test
    void aFifthQuarterIsRefusedSayingThereAreFour() {
        assertThatThrownBy(() -> Quarter.parse("FY2026Q5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"FY2026Q5\" names quarter 5; a fiscal year has quarters Q1-Q4.");
        assertThatThrownBy(() -> new Quarter(2026, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Q1-Q4");
    }

    @Test
    void otherFormsAreRefusedShowingTheFormExpected() {
        for (String text : List.of("2026Q5", "Q4 2026", "2026Q4", "FY2026", "FY202Q1", "")) {
            assertThatThrownBy(() -> Quarter.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("FY2026Q4");
        }
        assertThatThrownBy(() -> Quarter.parse("Q4 2026"))
                .hasMessage("\"Q4 2026\" is not a fiscal quarter; write it as FY2026Q4 (FY, the fiscal year, Q and the quarter 1-4; Q1 is October-December).");
        assertThatThrownBy(() -> Quarter.parse(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("required");
    }
}
