package org.ctipgraph.ingest;

import java.util.List;

/**
 * One sheet of a workbook as cells: text as displayed (a date cell reads "30/09/2025" as the bank printed
 * it) and, where a cell holds a plain number, its value. Read by the isolated parse worker, so a workbook's
 * cells reach the record importers without the server ever opening the file.
 *
 * @param index   1-based position of the sheet in its workbook (the page it is cited as)
 * @param name    the sheet's name
 * @param text    rows of cell texts; rows and cells keep their positions (empty strings fill gaps)
 * @param numbers rows of numeric cell values, {@code null} where a cell is not a plain number
 */
public record SheetGrid(int index, String name, List<List<String>> text, List<List<Double>> numbers) {

    /** The text of a cell, empty outside the grid. */
    public String cell(int row, int col) {
        if (row < 0 || row >= text.size()) {
            return "";
        }
        List<String> r = text.get(row);
        return col >= 0 && col < r.size() ? r.get(col) : "";
    }

    /** The numeric value of a cell, {@code null} when it holds no plain number or lies outside the grid. */
    public Double number(int row, int col) {
        if (row < 0 || row >= numbers.size()) {
            return null;
        }
        List<Double> r = numbers.get(row);
        return col >= 0 && col < r.size() ? r.get(col) : null;
    }

    /** The non-blank cells of a row joined with " | ", as a row is quoted in evidence. */
    public String rowText(int row) {
        return String.join(" | ", text.get(row).stream().filter(s -> !s.isBlank()).toList());
    }
}
