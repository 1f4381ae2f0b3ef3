package org.ctipgraph.records;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ctipgraph.extraction.DocumentText;

/**
 * A workbook read with Apache POI as plain grids of cell texts (formatted as displayed, so a date
 * cell reads "30/09/2025" as the bank printed it) plus numeric values where a cell holds a number.
 */
record Sheets(List<Grid> grids) {

    /**
     * Workbooks already read by the current {@link #readingEachWorkbookOnce} call on this thread. Every
     * workbook importer first asks whether a sheet is its kind, then reads it: without this one
     * document was opened with POI four times.
     */
    private static final ThreadLocal<Map<Path, Sheets>> READ_IN_THIS_CALL = new ThreadLocal<>();

    /** One sheet: its 1-based index, name and rows of cells. */
    record Grid(int index, String name, List<List<String>> text, List<List<Double>> numbers) {
        String cell(int row, int col) {
            if (row < 0 || row >= text.size()) {
                return "";
            }
            List<String> r = text.get(row);
            return col >= 0 && col < r.size() ? r.get(col) : "";
        }

        Double number(int row, int col) {
            if (row < 0 || row >= numbers.size()) {
                return null;
            }
            List<Double> r = numbers.get(row);
            return col >= 0 && col < r.size() ? r.get(col) : null;
        }

        String rowText(int row) {
            return String.join(" | ", text.get(row).stream().filter(s -> !s.isBlank()).toList());
        }
    }

    static boolean isWorkbook(String mediaType) {
        return mediaType != null && (mediaType.contains("spreadsheetml") || mediaType.contains("ms-excel"));
    }

    /**
     * Whether the document is a readable workbook with a sheet that passes the test: how each workbook
     * importer recognises its own kind of record (an unreadable workbook is simply not theirs).
     */
    static boolean anyGrid(DocumentText document, Predicate<Grid> test) {
        if (!isWorkbook(document.mediaType())) {
            return false;
        }
        try {
            return read(document.original()).grids().stream().anyMatch(test);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Runs {@code work} (the importers over one document) so that each workbook is read once; the
     * reads are forgotten when it returns, so nothing outlives the document.
     */
    static <T> T readingEachWorkbookOnce(Supplier<T> work) {
        if (READ_IN_THIS_CALL.get() != null) {
            return work.get();
        }
        READ_IN_THIS_CALL.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            READ_IN_THIS_CALL.remove();
        }
    }

    static Sheets read(Path file) throws IOException {
        Map<Path, Sheets> alreadyRead = READ_IN_THIS_CALL.get();
        if (alreadyRead == null) {
            return readWorkbook(file);
        }
        Sheets sheets = alreadyRead.get(file);
        if (sheets == null) {
            sheets = readWorkbook(file);
            alreadyRead.put(file, sheets);
        }
        return sheets;
    }

    private static Sheets readWorkbook(Path file) throws IOException {
        DataFormatter fmt = new DataFormatter();
        List<Grid> grids = new ArrayList<>();
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
                            n.add(cell != null && cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
                                    ? cell.getNumericCellValue() : null);
                        }
                    }
                    text.add(t);
                    numbers.add(n);
                }
                grids.add(new Grid(s + 1, sheet.getSheetName(), text, numbers));
            }
        }
        return new Sheets(grids);
    }
}
