package org.ctipgraph.extraction;

/**
 * The text of one page of a document: a PDF page, a spreadsheet sheet, an e-mail message, or the
 * whole text of an unpaged file (page 1).
 *
 * @param number 1-based
 * @param text   the text as the parser returned it
 */
public record PageText(int number, String text) {
}
