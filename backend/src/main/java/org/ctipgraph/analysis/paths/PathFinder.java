package org.ctipgraph.analysis.paths;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.Graphs;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.AsWeightedGraph;

/**
 * Path queries between two vertices of a JGraphT graph, returning {@link Path} records: shortest
 * by hops ({@link BidirectionalBfs}, {@code O(n + m)} worst case, far less when the ends are close) or by weight
 * ({@link DijkstraShortestPath}, {@code O(m + n log n)}); the k shortest loopless paths
 * (J. Y. Yen, "Finding the k shortest loopless paths in a network", Management Science 17(11),
 * 1971, via {@link YenKShortestPath}, {@code O(k n (m + n log n))}); and all simple paths up to a
 * number of hops ({@link AllDirectedPaths} on directed graphs, an equivalent bounded depth-first
 * search on undirected ones, which {@code AllDirectedPaths} rejects), capped at a number of paths.
 *
 * <p>"No path" is an empty result, never null; a vertex that is not in the graph has no path.
 * Undirected graphs are walked both ways, directed graphs along edge direction.
 *
 * @param <V> vertex type
 * @param <E> edge type
 */
public final class PathFinder<V, E> {

    /** Default cap on the number of paths one all-paths query returns. */
    public static final int DEFAULT_MAX_PATHS = 1_000;

    private final Graph<V, E> graph;
    private final Graph<V, E> unitWeights;

    public PathFinder(Graph<V, E> graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.unitWeights = graph.getType().isWeighted()
                ? new AsWeightedGraph<>(graph, e -> 1.0, false, false)
                : graph;
    }

    /** A shortest path from {@code source} to {@code target}, if any. */
    public Optional<Path<V, E>> shortest(V source, V target, PathCost cost) {
        Objects.requireNonNull(cost, "cost");
        if (!graph.containsVertex(source) || !graph.containsVertex(target)) {
            return Optional.empty();
        }
        if (cost == PathCost.HOPS) {
            return new BidirectionalBfs<>(graph).path(source, target);
        }
        GraphPath<V, E> path = new DijkstraShortestPath<>(graph).getPath(source, target);
        return Optional.ofNullable(path).map(p -> withGraphWeight(Path.of(p)));
    }

    /** Up to {@code k} shortest loopless paths, shortest first. */
    public List<Path<V, E>> kShortest(V source, V target, int k, PathCost cost) {
        Objects.requireNonNull(cost, "cost");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        if (!graph.containsVertex(source) || !graph.containsVertex(target)) {
            return List.of();
        }
        Graph<V, E> g = cost == PathCost.HOPS ? unitWeights : graph;
        List<GraphPath<V, E>> paths = new YenKShortestPath<>(g).getPaths(source, target, k);
        List<Path<V, E>> result = new ArrayList<>(paths.size());
        for (GraphPath<V, E> p : paths) {
            result.add(withGraphWeight(Path.of(p)));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * All simple paths with at most {@code maxHops} edges, at most {@code maxPaths} of them
     * (shorter searches first is not guaranteed; {@code truncated} says whether some were left out).
     */
    public PathSet<V, E> allSimplePaths(V source, V target, int maxHops, int maxPaths) {
        if (maxHops < 0) {
            throw new IllegalArgumentException("maxHops must be non-negative: " + maxHops);
        }
        if (maxPaths < 1) {
            throw new IllegalArgumentException("maxPaths must be at least 1: " + maxPaths);
        }
        if (!graph.containsVertex(source) || !graph.containsVertex(target)) {
            return new PathSet<>(List.of(), false);
        }
        if (graph.getType().isDirected()) {
            List<GraphPath<V, E>> paths = new AllDirectedPaths<>(graph).getAllPaths(source, target, true, maxHops);
            List<Path<V, E>> result = new ArrayList<>();
            for (GraphPath<V, E> p : paths) {
                if (result.size() == maxPaths) {
                    return new PathSet<>(result, true);
                }
                result.add(Path.of(p));
            }
            return new PathSet<>(result, false);
        }
        return boundedDepthFirst(source, target, maxHops, maxPaths);
    }

    private PathSet<V, E> boundedDepthFirst(V source, V target, int maxHops, int maxPaths) {
        List<Path<V, E>> result = new ArrayList<>();
        if (source.equals(target)) {
            result.add(new Path<>(List.of(source), List.of(), 0));
            return new PathSet<>(result, false);
        }
        List<V> vertices = new ArrayList<>();
        List<E> edges = new ArrayList<>();
        List<List<E>> pending = new ArrayList<>();
        Set<V> onPath = new HashSet<>();
        vertices.add(source);
        onPath.add(source);
        pending.add(new ArrayList<>(graph.edgesOf(source)));
        int[] next = new int[maxHops + 1];
        while (!pending.isEmpty()) {
            int depth = pending.size() - 1;
            V v = vertices.get(depth);
            List<E> candidates = pending.get(depth);
            if (depth == maxHops || next[depth] >= candidates.size()) {
                pending.remove(depth);
                onPath.remove(vertices.remove(depth));
                if (depth > 0) {
                    edges.remove(depth - 1);
                }
                next[depth] = 0;
                continue;
            }
            E e = candidates.get(next[depth]++);
            V w = Graphs.getOppositeVertex(graph, e, v);
            if (onPath.contains(w)) {
                continue;
            }
            if (w.equals(target)) {
                if (result.size() == maxPaths) {
                    return new PathSet<>(result, true);
                }
                List<V> pv = new ArrayList<>(vertices);
                pv.add(w);
                List<E> pe = new ArrayList<>(edges);
                pe.add(e);
                double weight = 0;
                for (E x : pe) {
                    weight += graph.getEdgeWeight(x);
                }
                result.add(new Path<>(pv, pe, weight));
                continue;
            }
            vertices.add(w);
            edges.add(e);
            onPath.add(w);
            pending.add(new ArrayList<>(graph.edgesOf(w)));
        }
        return new PathSet<>(result, false);
    }

    /** The path with its weight as the caller's graph defines it, whatever the search minimised. */
    private Path<V, E> withGraphWeight(Path<V, E> path) {
        double w = 0;
        for (E e : path.edges()) {
            w += graph.getEdgeWeight(e);
        }
        return new Path<>(path.vertices(), path.edges(), w);
    }
}
