package org.ctipgraph.evaluation;

import org.ctipgraph.extraction.Extraction;

/**
 * What the pipeline produced for one part of one uploaded file.
 *
 * @param file       the file name as uploaded (matches {@code documents[].file} of the truth)
 * @param part       {@code body}, {@code header}, {@code ocr}, {@code attachment:<name>} or {@code entry:<path>}
 * @param status     ingestion status ({@code INGESTED}, {@code PARTIAL}, {@code REJECTED})
 * @param reason     rejection reason code when rejected ({@code CORRUPT}, {@code ENCRYPTED}, {@code EMPTY}, ...)
 * @param extraction what extraction found in that part ({@link Extraction#EMPTY} when rejected)
 */
public record DocumentResult(String file, String part, String status, String reason, Extraction extraction) {
    public DocumentResult {
        extraction = extraction == null ? Extraction.EMPTY : extraction;
    }
}
