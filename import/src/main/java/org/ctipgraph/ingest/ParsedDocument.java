package org.ctipgraph.ingest;

import java.util.List;
import java.util.Map;
import org.ctipgraph.extraction.PageText;

/**
 * One document produced by parsing: the received file itself, or a file embedded in it (archive
 * member, e-mail attachment), each with its own SHA-256 so it can be cited on its own.
 *
 * @param sha256        content address of this document's bytes (stored in the evidence store)
 * @param fileName      name as received, or the member/attachment name
 * @param parentSha256  container's SHA-256, {@code null} for a file received directly
 * @param pathInParent  path inside the container ({@code null} for a top-level file)
 * @param mediaType     detected from the bytes
 * @param size          bytes
 * @param status        INGESTED, PARTIAL or REJECTED
 * @param reason        set when REJECTED
 * @param message       human explanation when REJECTED or PARTIAL
 * @param warnings      what made it PARTIAL
 * @param pages         text per page (empty when REJECTED)
 * @param metadata      parser metadata, multi-valued
 * @param language      detected language code, or {@code null}
 * @param sheets        a workbook's cells, sheet by sheet, as the worker read them (empty for anything else)
 */
public record ParsedDocument(String sha256, String fileName, String parentSha256, String pathInParent,
                             String mediaType, long size, DocumentStatus status, RejectionReason reason,
                             String message, List<String> warnings, List<PageText> pages,
                             Map<String, List<String>> metadata, String language, List<SheetGrid> sheets) {
    public ParsedDocument {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        pages = pages == null ? List.of() : List.copyOf(pages);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
    }

    /** A document that is not a workbook. */
    public ParsedDocument(String sha256, String fileName, String parentSha256, String pathInParent, String mediaType,
                          long size, DocumentStatus status, RejectionReason reason, String message, List<String> warnings,
                          List<PageText> pages, Map<String, List<String>> metadata, String language) {
        this(sha256, fileName, parentSha256, pathInParent, mediaType, size, status, reason, message, warnings, pages,
                metadata, language, List.of());
    }
}
