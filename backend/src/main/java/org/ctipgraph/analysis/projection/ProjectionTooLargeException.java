package org.ctipgraph.analysis.projection;

/** A projection would exceed its configured size; the message says how to narrow it. */
public class ProjectionTooLargeException extends RuntimeException {
    public ProjectionTooLargeException(int maxEdges) {
        super("the projection would load more than " + maxEdges + " facts; narrow it with seeds and hops, "
                + "relation types, a minimum confidence, or raise maxEdges");
    }
}
