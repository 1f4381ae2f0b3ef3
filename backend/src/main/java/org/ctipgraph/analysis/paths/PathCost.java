package org.ctipgraph.analysis.paths;

/** What a "shortest" path minimises. */
public enum PathCost {
    /** Number of edges; edge weights are ignored. */
    HOPS,
    /** Sum of edge weights (for example {@code -log(confidence)} to prefer strong evidence). */
    WEIGHT
}
