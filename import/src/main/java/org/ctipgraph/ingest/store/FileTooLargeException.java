package org.ctipgraph.ingest.store;

import java.io.IOException;

/** The input was longer than the limit given to {@link EvidenceStore#store}; nothing was kept. */
public final class FileTooLargeException extends IOException {

    private final long maxBytes;

    public FileTooLargeException(long maxBytes) {
        super("input exceeds the limit of " + maxBytes + " bytes; nothing was stored");
        this.maxBytes = maxBytes;
    }

    /** The limit that was exceeded. */
    public long maxBytes() {
        return maxBytes;
    }
}
