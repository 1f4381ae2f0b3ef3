package org.ctipgraph.ingest.parsing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ctipgraph.ingest.SheetGrid;

/**
 * Reads a workbook's sheets as {@link SheetGrid}s with Apache POI. Runs in the parse worker, beside Tika,
 * under the same time and memory limits: a hostile workbook is as dangerous to POI as to Tika.
 */
public final class WorkbookGrids {
    private WorkbookGrids() {
    }

    /** Excel workbooks (OOXML and the older binary format), by media type. */
    public static boolean isWorkbook(String mediaType) {
        return mediaType != null && (mediaType.contains("spreadsheetml") || mediaType.contains("ms-excel"));
    }

    /** Every sheet of the workbook, read-only: OOXML workbooks streamed, the older binary format through POI's model. */
    public static List<SheetGrid> read(Path file) throws IOException {
        if (FileMagic.valueOf(file.toFile()) == FileMagic.OOXML) {
            return XlsxSheetReader.read(file);
        }
        DataFormatter fmt = new DataFormatter();
        // A formula cell shows its result, as in Excel (and as the streaming reader reads it), not its formula.
        fmt.setUseCachedValuesForFormulaCells(true);
        List<SheetGrid> grids = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                List<List<String>> text = new ArrayList<>();
                List<List<Double>> numbers = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> t = new ArrayList<>();
                    List<Double> n = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            Cell cell = row.getCell(c);
                            t.add(cell == null ? "" : fmt.formatCellValue(cell).strip());
                            n.add(isPlainNumber(cell) ? cell.getNumericCellValue() : null);
                        }
                    }
                    text.add(t);
                    numbers.add(n);
                }
                grids.add(new SheetGrid(s + 1, sheet.getSheetName(), text, numbers));
            }
        }
        return grids;
    }

    private static boolean isPlainNumber(Cell cell) {
        if (cell == null) {
            return false;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell);
    }
}
