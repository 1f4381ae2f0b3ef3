package org.ctipgraph.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Turns one stored original into documents: the file itself first, then every file embedded in it
 * (archive members, e-mail attachments, nested containers), depth-first.
 *
 * <p>Implementations never throw for a bad file: a broken, hostile or unsupported file comes back
 * as a {@link DocumentStatus#REJECTED} document with a {@link RejectionReason}, so one file never
 * fails a batch.
 */
public interface DocumentParser {

    /**
     * @param original the stored, read-only original
     * @param sha256   its content address (already computed by the evidence store)
     * @param fileName the name it was received under; used only as a hint, the type comes from the bytes
     * @param options  limits, timeout, password, OCR switch
     * @param started  called when the parse begins: a parser with a bounded number of workers may first wait
     *                 for a free one, and a job waiting for it is still queued, not running
     * @return the file itself at index 0, then its embedded documents depth-first; never empty
     */
    List<ParsedDocument> parse(Path original, String sha256, String fileName, ParseOptions options, Runnable started);

    /** As {@link #parse(Path, String, String, ParseOptions, Runnable)}, for a caller that does not follow the stages. */
    default List<ParsedDocument> parse(Path original, String sha256, String fileName, ParseOptions options) {
        return parse(original, sha256, fileName, options, () -> { });
    }
}
