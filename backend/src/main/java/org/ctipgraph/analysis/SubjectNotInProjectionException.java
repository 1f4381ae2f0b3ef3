package org.ctipgraph.analysis;

/** An entity named by an analysis is not in the case's projection (unknown id, or filtered out). */
public class SubjectNotInProjectionException extends RuntimeException {
    public SubjectNotInProjectionException(String message) {
        super(message);
    }
}
