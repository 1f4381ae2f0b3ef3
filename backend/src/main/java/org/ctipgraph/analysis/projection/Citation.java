package org.ctipgraph.analysis.projection;

/**
 * One source of a fact: the sentence or record row, where it is, and what read it.
 *
 * @param sha256     the source document's content address
 * @param document   its file name
 * @param page       1-based page (sheet, message)
 * @param spanStart  start of the supporting span on that page
 * @param spanEnd    end of the span
 * @param quote      the sentence or row, verbatim
 * @param extractor  what produced the fact
 * @param confidence 0..1
 */
public record Citation(String sha256, String document, long page, long spanStart, long spanEnd, String quote,
                       String extractor, double confidence) {
}
