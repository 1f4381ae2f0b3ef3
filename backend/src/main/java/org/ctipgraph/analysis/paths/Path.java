package org.ctipgraph.analysis.paths;

import java.util.List;
import java.util.Objects;

import org.jgrapht.GraphPath;

/**
 * One path: its vertices, the edges between them (one per hop, so evidence can be attached per
 * hop), and its total weight. A single-vertex path has no edges.
 *
 * @param vertices from source to target, at least one
 * @param edges    {@code vertices.size() - 1} edges, edge {@code i} joining vertex {@code i} and
 *                 {@code i + 1}
 * @param weight   sum of edge weights (the hop count on an unweighted graph)
 * @param <V> vertex type
 * @param <E> edge type
 */
public record Path<V, E>(List<V> vertices, List<E> edges, double weight) {

    public Path {
        vertices = List.copyOf(vertices);
        edges = List.copyOf(edges);
        if (vertices.isEmpty() || edges.size() != vertices.size() - 1) {
            throw new IllegalArgumentException("a path of " + vertices.size() + " vertices needs "
                    + Math.max(0, vertices.size() - 1) + " edges, got " + edges.size());
        }
    }

    /** Copies a JGraphT path. */
    public static <V, E> Path<V, E> of(GraphPath<V, E> path) {
        Objects.requireNonNull(path, "path");
        return new Path<>(path.getVertexList(), path.getEdgeList(), path.getWeight());
    }

    /** Number of edges. */
    public int hops() {
        return edges.size();
    }

    public V source() {
        return vertices.getFirst();
    }

    public V target() {
        return vertices.getLast();
    }
}
