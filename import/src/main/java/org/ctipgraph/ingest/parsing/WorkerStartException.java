package org.ctipgraph.ingest.parsing;

/**
 * A parser worker process could not be started or did not become ready. This is a fault of the
 * installation (class path, java binary, memory), not of any file, so it is thrown rather than
 * reported as a rejected document; the caller should retry the file later.
 */
public final class WorkerStartException extends RuntimeException {

    public WorkerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
