package org.ctipgraph.records;

import java.util.function.Predicate;
import org.ctipgraph.extraction.DocumentText;
import org.ctipgraph.ingest.SheetGrid;
import org.ctipgraph.ingest.parsing.WorkbookGrids;

/**
 * How the workbook importers recognise their kind of record: by a sheet of the document's cells, as the
 * parse worker read them ({@link DocumentText#sheets()}).
 */
final class Sheets {
    private Sheets() {
    }

    /** Whether the document is a workbook with a sheet that passes the test. */
    static boolean anyGrid(DocumentText document, Predicate<SheetGrid> test) {
        return WorkbookGrids.isWorkbook(document.mediaType()) && document.sheets().stream().anyMatch(test);
    }
}
