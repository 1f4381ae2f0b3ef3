package org.ctipgraph.ingest;

/** Outcome of ingesting one file. */
public enum DocumentStatus {
    /** Accepted, not yet processed. */
    QUEUED,
    /** Text and metadata extracted completely. */
    INGESTED,
    /** Usable, with warnings (OCR unavailable, an embedded file rejected, ...). */
    PARTIAL,
    /** Nothing usable; see the {@link RejectionReason}. */
    REJECTED
}
