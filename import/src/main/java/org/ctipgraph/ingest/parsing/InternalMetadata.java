package org.ctipgraph.ingest.parsing;

import org.apache.tika.metadata.Metadata;

/**
 * Metadata keys the worker adds to Tika's per-document metadata to carry its own bookkeeping
 * (tree position, unpacked bytes, rejection) to the end of the parse. They are removed before the
 * metadata leaves the worker.
 */
final class InternalMetadata {

    static final String PREFIX = "X-CTIP:";
    static final String INDEX = PREFIX + "index";
    static final String PARENT = PREFIX + "parent";
    static final String SPOOL = PREFIX + "spool";
    static final String SHA256 = PREFIX + "sha256";
    static final String SIZE = PREFIX + "size";
    static final String REJECTION = PREFIX + "rejection";
    static final String REJECTION_MESSAGE = PREFIX + "rejection-message";

    private InternalMetadata() {
    }

    static void reject(Metadata metadata, Failure failure) {
        // The innermost classification is the precise one; an outer catch must not overwrite it.
        if (metadata.get(REJECTION) == null) {
            metadata.set(REJECTION, failure.reason().name());
            metadata.set(REJECTION_MESSAGE, failure.message());
        }
    }
}
