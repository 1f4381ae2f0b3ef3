package org.ctipgraph.analysis.paths;

import java.util.List;

/**
 * Paths found by a bounded search.
 *
 * @param paths     the paths, possibly empty (no path is an empty list, never null)
 * @param truncated whether the search stopped at its path limit, so more paths exist
 * @param <V> vertex type
 * @param <E> edge type
 */
public record PathSet<V, E>(List<Path<V, E>> paths, boolean truncated) {

    public PathSet {
        paths = List.copyOf(paths);
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    public int size() {
        return paths.size();
    }
}
