package org.sescert.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RowValidatorTests {

    private static Map<String, String> executive() {
        Map<String, String> row = new HashMap<>();
        row.put("executive_id", "E1");
        row.put("appointment_type", "CAREER");
        row.put("component", "Office A");
        row.put("appraisal_start", "2025-10-01");
        row.put("appraisal_end", "2026-09-30");
        return row;
    }

    @Test
    void aCompleteExecutiveRowIsAcceptedAndItsPayPoolDefaultsToTheComponent() {
        ValidatedRow row = RowValidator.validate(CycleLayout.EXECUTIVES, new SourceRow(2, executive()));
        assertThat(row.accepted()).isTrue();
        assertThat(row.values().get(CycleLayout.EXECUTIVES.indexOf("pay_pool"))).isEqualTo("Office A");
    }

    @Test
    void anAppraisalThatEndsBeforeItStartsIsRejected() {
        Map<String, String> values = executive();
        values.put("appraisal_end", "2025-09-30");
        ValidatedRow row = RowValidator.validate(CycleLayout.EXECUTIVES, new SourceRow(7, values));
        assertThat(row.accepted()).isFalse();
        assertThat(row.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("END_BEFORE_START");
            assertThat(p.column()).isEqualTo("appraisal_end");
        });
    }

    @Test
    void everyBadCellOfARowIsReportedAtOnce() {
        Map<String, String> values = executive();
        values.put("final_level", "7");
        values.put("appointment_type", "SES");
        values.remove("component");
        ValidatedRow row = RowValidator.validate(CycleLayout.EXECUTIVES, new SourceRow(3, values));
        assertThat(row.problems()).extracting(RowProblem::column)
                .containsExactlyInAnyOrder("final_level", "appointment_type", "component");
    }
}
