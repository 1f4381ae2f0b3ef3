package org.ctipgraph.ingest.parsing;

import org.ctipgraph.ingest.RejectionReason;

/**
 * The worker process did not answer for a file: it ran out of time ({@link RejectionReason#TIMEOUT})
 * or died ({@link RejectionReason#PARSER_CRASHED}). The process is gone either way.
 */
final class WorkerFailure extends Exception {

    private final RejectionReason reason;

    WorkerFailure(RejectionReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    RejectionReason reason() {
        return reason;
    }
}
