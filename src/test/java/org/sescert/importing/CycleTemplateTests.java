package org.sescert.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CycleTemplateTests {

    @TempDir
    Path dir;

    @Test
    void theTemplateHasEverySheetAndColumnAnInstructionsSheetAndListsForCodedColumns() throws Exception {
        Path file = dir.resolve("blank.xlsx");
        CycleTemplate.write(file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Instructions");
            XSSFSheet cycle = workbook.getSheet("Cycle");
            List<String> keys = new ArrayList<>();
            for (Row row : cycle) {
                keys.add(row.getCell(0).getStringCellValue());
            }
            assertThat(keys).containsExactly("key", "agency_code", "agency_name", "cycle_id", "period_start", "period_end",
                    "policy", "administration_start");
            for (SheetLayout layout : CycleLayout.ROW_SHEETS) {
                XSSFSheet sheet = workbook.getSheet(layout.name());
                assertThat(sheet).as(layout.name()).isNotNull();
                List<String> header = new ArrayList<>();
                sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
                assertThat(header).containsExactlyElementsOf(layout.columns().stream().map(ColumnLayout::name).toList());
            }
            List<XSSFDataValidation> executiveLists = workbook.getSheet("Executives").getDataValidations();
            assertThat(executiveLists).anySatisfy(v -> {
                assertThat(v.getValidationConstraint().getExplicitListValues())
                        .containsExactly("CAREER", "NONCAREER", "LIMITED_TERM", "LIMITED_EMERGENCY");
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(CycleLayout.EXECUTIVES.indexOf("appointment_type"));
            });
            assertThat(workbook.getSheet("Pay").getDataValidations()).anySatisfy(v ->
                    assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("MERITORIOUS", "DISTINGUISHED"));
            assertThat(workbook.getSheet("Instructions").getRow(0).getCell(0).getStringCellValue()).contains("sescert");
        }
    }
}
