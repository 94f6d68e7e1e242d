package org.sescert.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellReadingTests {

    private static final ColumnLayout LEVEL = new ColumnLayout("final_level", false, ColumnType.LEVEL, List.of(), null, "");
    private static final ColumnLayout WEIGHT = new ColumnLayout("weight", true, ColumnType.WEIGHT, List.of(), null, "");
    private static final ColumnLayout DATE = new ColumnLayout("appraisal_start", true, ColumnType.DATE, List.of(), null, "");
    private static final ColumnLayout MONEY = new ColumnLayout("basic_pay_before", true, ColumnType.MONEY, List.of(), null, "");
    private static final ColumnLayout YES_NO = new ColumnLayout("hlr_requested", false, ColumnType.YES_NO, List.of(), null, "");
    private static final ColumnLayout SCORE = new ColumnLayout("score", true, ColumnType.SCORE, List.of(), null, "");
    private static final ColumnLayout APPOINTMENT = new ColumnLayout("appointment_type", true, ColumnType.CODE, CycleLayout.APPOINTMENT_TYPES, null, "");

    @ParameterizedTest
    @CsvSource({"1,1", "5,5", "4.0,4", " 3 ,3"})
    void levelsOneToFiveAreRead(String raw, String expected) {
        assertThat(CellReading.read(LEVEL, raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0", "6", "4.5", "four", "-1"})
    void levelsOutsideOneToFiveAreRejected(String raw) {
        CellReading reading = CellReading.read(LEVEL, raw);
        assertThat(reading.ok()).isFalse();
        assertThat(reading.problem().code()).isEqualTo("LEVEL_OUT_OF_RANGE");
        assertThat(reading.problem().column()).isEqualTo("final_level");
        assertThat(reading.problem().message()).contains("'" + raw + "'");
    }

    @Test
    void emptyOptionalCellIsNullAndEmptyRequiredCellIsMissing() {
        assertThat(CellReading.read(LEVEL, "  ").ok()).isTrue();
        assertThat(CellReading.read(LEVEL, "  ").value()).isNull();
        assertThat(CellReading.read(WEIGHT, "").problem().code()).isEqualTo("MISSING_VALUE");
    }

    @ParameterizedTest
    @CsvSource({"0,true", "100,true", "40,true", "15.5,false", "101,false", "-5,false", "x,false"})
    void weightsAreWholeNumbersZeroToHundred(String raw, boolean ok) {
        CellReading reading = CellReading.read(WEIGHT, raw);
        assertThat(reading.ok()).isEqualTo(ok);
        if (!ok) {
            assertThat(reading.problem().code()).isEqualTo("BAD_WEIGHT");
        }
    }

    @ParameterizedTest
    @CsvSource({"2025-10-01,2025-10-01", "2025-10-01T00:00:00,2025-10-01", "2025-10-01 00:00:00.0,2025-10-01"})
    void isoDatesAndTimestampsAreRead(String raw, String expected) {
        assertThat(CellReading.read(DATE, raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2026-09-31", "30/09/2026", "March 2026", "45566"})
    void otherDateTextIsRejected(String raw) {
        assertThat(CellReading.read(DATE, raw).problem().code()).isEqualTo("BAD_DATE");
    }

    @Test
    void moneyAcceptsDollarSignsAndSeparatorsAndRefusesNegatives() {
        assertThat(CellReading.read(MONEY, "$190,000.50").value()).isEqualTo("190000.50");
        assertThat(CellReading.read(MONEY, "228000").value()).isEqualTo("228000.00");
        assertThat(CellReading.read(MONEY, "-500").problem().code()).isEqualTo("NEGATIVE_AMOUNT");
        assertThat(CellReading.read(MONEY, "lots").problem().code()).isEqualTo("BAD_AMOUNT");
    }

    @ParameterizedTest
    @CsvSource({"Y,true", "yes,true", "TRUE,true", "t,true", "N,false", "No,false", "FALSE,false", "f,false"})
    void yesNoSpellingsAreRead(String raw, String expected) {
        assertThat(CellReading.read(YES_NO, raw).value()).isEqualTo(expected);
    }

    @Test
    void anythingElseInAYesNoColumnIsRejected() {
        assertThat(CellReading.read(YES_NO, "maybe").problem().code()).isEqualTo("BAD_YES_NO");
    }

    @Test
    void codesMatchWithoutRegardToCaseAndSpacing() {
        assertThat(CellReading.read(APPOINTMENT, "Limited Term").value()).isEqualTo("LIMITED_TERM");
        assertThat(CellReading.read(APPOINTMENT, "career").value()).isEqualTo("CAREER");
        CellReading unknown = CellReading.read(APPOINTMENT, "SES-CAREER");
        assertThat(unknown.problem().code()).isEqualTo("UNKNOWN_CODE");
        assertThat(unknown.problem().message()).contains("CAREER, NONCAREER, LIMITED_TERM, LIMITED_EMERGENCY");
    }

    @Test
    void scoresAreZeroToHundred() {
        assertThat(CellReading.read(SCORE, "82").value()).isEqualTo("82");
        assertThat(CellReading.read(SCORE, "101").problem().code()).isEqualTo("SCORE_OUT_OF_RANGE");
    }

    @Test
    void hugeCellsAreRefusedNotStored() {
        CellReading reading = CellReading.read(new ColumnLayout("name", false, ColumnType.TEXT, List.of(), null, ""), "x".repeat(5000));
        assertThat(reading.problem().code()).isEqualTo("VALUE_TOO_LONG");
        assertThat(reading.problem().value()).hasSizeLessThan(50);
    }

    /**
     * Plain YYYY-MM-DD text and one to three plain digits are read by hand, not by the general
     * parsers; every such text must read exactly as {@link LocalDate#parse} and {@link BigDecimal}
     * would have it, invalid days and out-of-range values included.
     */
    @Test
    void thePlainDigitShortcutsReadAsTheGeneralParsersDo() {
        List<String> dates = new java.util.ArrayList<>();
        for (LocalDate d = LocalDate.of(1899, 12, 1); d.isBefore(LocalDate.of(2200, 2, 1)); d = d.plusDays(1)) {
            dates.add(d.toString());
        }
        for (String month : List.of("00", "02", "04", "12", "13", "99")) {
            for (int day = 0; day <= 32; day++) {
                dates.add(String.format("2024-%s-%02d", month, day));
                dates.add(String.format("2025-%s-%02d", month, day));
            }
        }
        dates.addAll(List.of("0000-01-01", "9999-12-31", "1900-02-29", "2000-02-29", "2100-02-29"));
        for (String text : dates) {
            CellReading reading = CellReading.read(DATE, text);
            LocalDate parsed = null;
            try {
                parsed = LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                assertThat(reading.problem()).as(text).isNotNull();
                assertThat(reading.problem().code()).as(text).isEqualTo("BAD_DATE");
                assertThat(reading.problem().message()).as(text).contains("must be a date (an Excel date or YYYY-MM-DD text)");
                continue;
            }
            if (parsed.getYear() < 1900 || parsed.getYear() > 2199) {
                assertThat(reading.problem().code()).as(text).isEqualTo("BAD_DATE");
                assertThat(reading.problem().message()).as(text).contains("must be a date between 1900 and 2199");
            } else {
                assertThat(reading.value()).as(text).isEqualTo(parsed.toString());
            }
        }
        for (int n = 0; n < 1000; n++) {
            for (String text : List.of(String.valueOf(n), String.format("%02d", n % 100), String.format("%03d", n))) {
                BigDecimal number = new BigDecimal(text);
                boolean level = number.intValue() >= 1 && number.intValue() <= 5;
                CellReading asLevel = CellReading.read(LEVEL, text);
                assertThat(asLevel.value()).as(text).isEqualTo(level ? number.toBigIntegerExact().toString() : null);
                assertThat(asLevel.ok() ? null : asLevel.problem().code()).as(text).isEqualTo(level ? null : "LEVEL_OUT_OF_RANGE");
                boolean weight = number.intValue() <= 100;
                CellReading asWeight = CellReading.read(WEIGHT, text);
                assertThat(asWeight.value()).as(text).isEqualTo(weight ? number.toBigIntegerExact().toString() : null);
                assertThat(asWeight.ok() ? null : asWeight.problem().message()).as(text)
                        .isEqualTo(weight ? null : "weight must be a whole number from 0 to 100; found '" + text + "'.");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"0000-01-01", "1899-12-31", "2200-01-01"})
    void datesOutsideAPlausibleRangeAreRejectedBeforeTheDatabaseRefusesThem(String raw) {
        assertThat(CellReading.read(DATE, raw).problem().code()).isEqualTo("BAD_DATE");
    }

    @ParameterizedTest
    @CsvSource({"ERROR:#N/A", "#REF!", "#DIV/0!", "ERROR:#VALUE!"})
    void spreadsheetErrorValuesAreRejectedNotLoadedAsText(String raw) {
        CellReading reading = CellReading.read(new ColumnLayout("component", true, ColumnType.TEXT, List.of(), null, ""), raw);
        assertThat(reading.problem().code()).isEqualTo("CELL_ERROR");
    }

    @Test
    void aNulCharacterIsRejected() {
        CellReading reading = CellReading.read(new ColumnLayout("name", false, ColumnType.TEXT, List.of(), null, ""), "Ana\u0000Smith");
        assertThat(reading.problem().code()).isEqualTo("BAD_CHARACTER");
    }
}
