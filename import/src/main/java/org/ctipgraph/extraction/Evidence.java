package org.ctipgraph.extraction;

import java.util.Objects;

/**
 * Where a fact comes from: the document, the 1-based page (sheet, message or record file for
 * non-paged sources), the character span within that page's text, the sentence or record row
 * quoted verbatim, and which extractor produced it. A fact without evidence does not exist.
 *
 * @param documentSha256   SHA-256 of the source document (hex, lower case)
 * @param page             1-based page number; for spreadsheets the sheet index, for CSV 1
 * @param start            start offset (inclusive) of the supporting span in the page text
 * @param end              end offset (exclusive)
 * @param quote            the sentence or row that supports the fact, exactly as in the text
 * @param extractor        extractor name, e.g. {@code PhoneNumberExtractor}
 * @param extractorVersion version of that extractor's rules, bumped when its output changes
 * @param confidence       0..1
 */
public record Evidence(String documentSha256, int page, int start, int end, String quote,
                       String extractor, String extractorVersion, double confidence) {
    public Evidence {
        Objects.requireNonNull(documentSha256, "documentSha256");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(extractor, "extractor");
        if (page < 1) {
            throw new IllegalArgumentException("page is 1-based: " + page);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
        }
    }
}
