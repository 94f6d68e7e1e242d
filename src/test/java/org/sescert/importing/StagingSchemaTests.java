package org.sescert.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sescert.support.DatabaseTest;

/** The staging tables (sql/V3) take a sheet's columns in the layout's order, which the COPY writer relies on. */
class StagingSchemaTests extends DatabaseTest {

    @Test
    void eachStagingTableHasItsSheetsColumnsInLayoutOrder() {
        for (SheetLayout sheet : CycleLayout.ROW_SHEETS) {
            List<String> columns = jdbc.queryForList("""
                    select column_name from information_schema.columns
                    where table_name = ? order by ordinal_position""", String.class, sheet.stageTable());
            List<String> expected = new ArrayList<>(List.of("load_id", "row_number"));
            sheet.columns().forEach(c -> expected.add(c.name()));
            assertThat(columns).as(sheet.stageTable()).containsExactlyElementsOf(expected);
        }
    }
}
