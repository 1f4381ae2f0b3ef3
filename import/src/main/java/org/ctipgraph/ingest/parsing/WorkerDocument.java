package org.ctipgraph.ingest.parsing;

import java.util.List;
import java.util.Map;
import org.ctipgraph.extraction.PageText;
import org.ctipgraph.ingest.DocumentStatus;
import org.ctipgraph.ingest.RejectionReason;
import org.ctipgraph.ingest.SheetGrid;

/**
 * One parsed document as the worker reports it, before the parent stores its bytes.
 *
 * @param index        pre-order position in the received file (0 = the file itself)
 * @param parentIndex  index of the container, -1 for the file itself
 * @param pathInParent member path or attachment name inside the container
 * @param spoolFile    name of the file in the spool directory holding the member's bytes, or {@code null}
 * @param sha256       SHA-256 of the spooled bytes as the worker computed it (checked by the parent)
 * @param sheets       a workbook's cells, sheet by sheet (empty for anything else)
 */
public record WorkerDocument(int index, int parentIndex, String pathInParent, String fileName, String spoolFile,
                             String sha256, long size, String mediaType, DocumentStatus status,
                             RejectionReason reason, String message, List<String> warnings,
                             List<PageText> pages, Map<String, List<String>> metadata, String language,
                             List<SheetGrid> sheets) {
    public WorkerDocument {
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
    }
}
