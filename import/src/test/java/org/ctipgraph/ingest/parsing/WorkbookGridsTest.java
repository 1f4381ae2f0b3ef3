package org.ctipgraph.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ctipgraph.ingest.SheetGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a workbook's cells reach the record importers: as Excel shows them, with the numbers behind them. */
class WorkbookGridsTest {

    @TempDir
    Path dir;

    @Test
    void readsAnExcelLedgerAsDisplayedWithItsPlainNumbers() throws IOException {
        Path file = write(new XSSFWorkbook(), "ledger.xlsx");

        List<SheetGrid> sheets = WorkbookGrids.read(file);

        assertThat(sheets).extracting(SheetGrid::index, SheetGrid::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Statement"),
                        org.assertj.core.groups.Tuple.tuple(2, "Notes"));
        SheetGrid statement = sheets.get(0);
        assertThat(statement.text().get(0)).containsExactly("Date", "Description", "Debit", "Credit", "Cleared");
        assertThat(statement.text().get(1)).containsExactly("30/09/2025", "TRF FROM NEAK MEAS", "", "4,800.00", "TRUE");
        assertThat(statement.number(1, 0)).as("a date is not an amount").isNull();
        assertThat(statement.number(1, 3)).isEqualTo(4800.0);
        assertThat(statement.number(1, 1)).isNull();
        assertThat(statement.text().get(2)).as("a row with no cells keeps its place").isEmpty();
        assertThat(statement.text().get(3)).as("gaps before a cell are filled")
                .containsExactly("", "", "", "9,600.00");
        assertThat(statement.number(3, 3)).as("a formula's cached result").isEqualTo(9600.0);
        assertThat(statement.cell(3, 3)).isEqualTo("9,600.00");
        assertThat(sheets.get(1).text()).containsExactly(List.of("seized 2026-01-17"));
    }

    @Test
    void readsInlineStringsAsWrittenByExportTools() throws IOException {
        // SXSSF, like many exporters, writes strings inline rather than in a shared table.
        Path file = write(new SXSSFWorkbook(), "export.xlsx");

        SheetGrid statement = WorkbookGrids.read(file).get(0);

        assertThat(statement.text().get(1)).containsExactly("30/09/2025", "TRF FROM NEAK MEAS", "", "4,800.00", "TRUE");
        assertThat(statement.number(1, 3)).isEqualTo(4800.0);
    }

    @Test
    void readsTheOlderBinaryFormatTheSameWay() throws IOException {
        Path file = write(new HSSFWorkbook(), "ledger.xls");

        SheetGrid statement = WorkbookGrids.read(file).get(0);

        assertThat(statement.text().get(1)).containsExactly("30/09/2025", "TRF FROM NEAK MEAS", "", "4,800.00", "TRUE");
        assertThat(statement.number(1, 3)).isEqualTo(4800.0);
        assertThat(statement.number(1, 0)).isNull();
        assertThat(statement.text().get(3)).containsExactly("", "", "", "9,600.00");
        assertThat(statement.number(3, 3)).isEqualTo(9600.0);
    }

    @Test
    void aTruncatedWorkbookIsAnErrorNotAnEmptyGrid() throws IOException {
        Path whole = write(new XSSFWorkbook(), "whole.xlsx");
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> WorkbookGrids.read(truncated)).isInstanceOf(IOException.class);
    }

    /** A bank statement: header, one transaction, an empty row, a formula total; and a second sheet. */
    private Path write(Workbook wb, String name) throws IOException {
        try (wb) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));

            Sheet sheet = wb.createSheet("Statement");
            Row header = sheet.createRow(0);
            String[] titles = {"Date", "Description", "Debit", "Credit", "Cleared"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            Row tx = sheet.createRow(1);
            tx.createCell(0).setCellValue(LocalDate.of(2025, 9, 30));
            tx.getCell(0).setCellStyle(date);
            tx.createCell(1).setCellValue("TRF FROM NEAK MEAS");
            tx.createCell(2).setCellStyle(money); // styled but empty
            tx.createCell(3).setCellValue(4800);
            tx.getCell(3).setCellStyle(money);
            tx.createCell(4).setCellValue(true);
            Row total = sheet.createRow(3);
            total.createCell(3).setCellFormula("D2*2");
            total.getCell(3).setCellStyle(money);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();

            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("seized 2026-01-17");

            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }
}
