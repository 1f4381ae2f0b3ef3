package org.ctipgraph.extraction;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ctipgraph.ingest.SheetGrid;

/**
 * One parsed document as handed to the extractors.
 *
 * @param sha256    content address of the original bytes
 * @param fileName  the name it was received under (or its path inside its container)
 * @param mediaType media type detected from the bytes, e.g. {@code application/pdf}
 * @param pages     text per page, in order
 * @param metadata  parser metadata (title, author, e-mail headers such as {@code Message-From})
 * @param original  the stored original, read-only; call record importers read delimited text rows from it
 * @param sheets    a workbook's cells as the parse worker read them; workbook record importers read these,
 *                  so the server never opens a seized workbook itself
 */
public record DocumentText(String sha256, String fileName, String mediaType, List<PageText> pages,
                           Map<String, List<String>> metadata, Path original, List<SheetGrid> sheets) {
    public DocumentText {
        pages = List.copyOf(pages);
        metadata = Map.copyOf(metadata);
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
    }

    /** A document without workbook cells. */
    public DocumentText(String sha256, String fileName, String mediaType, List<PageText> pages,
                        Map<String, List<String>> metadata, Path original) {
        this(sha256, fileName, mediaType, pages, metadata, original, List.of());
    }
}
