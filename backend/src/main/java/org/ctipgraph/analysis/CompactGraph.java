package org.ctipgraph.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

import org.jgrapht.Graph;

/**
 * An immutable, int-indexed, undirected view of a graph in compressed-sparse-row (CSR) form, for
 * the array-based algorithms of this package.
 *
 * <p>Vertices are numbered {@code 0..n-1} in the iteration order of the source graph's vertex set;
 * edges {@code 0..m-1} in the iteration order of its edge set. Every edge {@code {u,v}} with
 * {@code u != v} becomes two <em>arcs</em>, {@code u->v} and {@code v->u}, each carrying the edge
 * index and weight; parallel edges stay parallel arcs. Self-loops are kept out of the adjacency
 * arrays and summed per vertex ({@link #selfLoopWeight(int)}). Edge direction is ignored: a directed
 * source graph is viewed as its underlying undirected graph.
 *
 * <p>Building costs {@code O(n + m)} time and {@code 2m} ints + {@code 2m} ints (edge ids) +
 * {@code 2m} doubles (weighted graphs only) of memory.
 *
 * @param <V> vertex type
 * @param <E> edge type
 */
public final class CompactGraph<V, E> {

    private final List<V> vertices;
    private final Map<V, Integer> indexOf;
    private final IntFunction<E> edgeLookup;
    private final int edgeCount;
    private final int[] offsets;
    private final int[] targets;
    private final int[] arcEdges;
    /** Arc weights, or null when unweighted (every weight is 1). */
    private final double[] weights;
    private final double[] selfLoops;
    private final double[] weightedDegrees;
    private final double totalWeight;

    private CompactGraph(List<V> vertices, Map<V, Integer> indexOf, IntFunction<E> edgeLookup,
                         int[] sources, int[] dests, double[] edgeWeights) {
        int n = vertices.size();
        int m = sources.length;
        this.vertices = vertices;
        this.indexOf = indexOf;
        this.edgeLookup = edgeLookup;
        this.edgeCount = m;

        int[] degree = new int[n + 1];
        for (int e = 0; e < m; e++) {
            int s = sources[e];
            int t = dests[e];
            checkIndex(s, n);
            checkIndex(t, n);
            if (edgeWeights != null && !(Double.isFinite(edgeWeights[e]) && edgeWeights[e] >= 0)) {
                throw new IllegalArgumentException("edge " + e + " has weight " + edgeWeights[e]
                        + ": weights must be finite and non-negative");
            }
            if (s != t) {
                degree[s]++;
                degree[t]++;
            }
        }
        offsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            offsets[v + 1] = offsets[v] + degree[v];
        }
        int arcs = offsets[n];
        targets = new int[arcs];
        arcEdges = new int[arcs];
        weights = edgeWeights == null ? null : new double[arcs];
        selfLoops = new double[n];
        int[] next = new int[n];
        System.arraycopy(offsets, 0, next, 0, n);
        for (int e = 0; e < m; e++) {
            int s = sources[e];
            int t = dests[e];
            double w = edgeWeights == null ? 1.0 : edgeWeights[e];
            if (s == t) {
                selfLoops[s] += w;
                continue;
            }
            int a = next[s]++;
            targets[a] = t;
            arcEdges[a] = e;
            int b = next[t]++;
            targets[b] = s;
            arcEdges[b] = e;
            if (weights != null) {
                weights[a] = w;
                weights[b] = w;
            }
        }
        weightedDegrees = new double[n];
        double total = 0;
        for (int v = 0; v < n; v++) {
            double k = 2 * selfLoops[v];
            if (weights == null) {
                k += offsets[v + 1] - offsets[v];
            } else {
                for (int a = offsets[v]; a < offsets[v + 1]; a++) {
                    k += weights[a];
                }
            }
            weightedDegrees[v] = k;
            total += k;
        }
        totalWeight = total;
    }

    /**
     * Views a JGraphT graph; edge weights are used when the graph's type says it is weighted.
     */
    public static <V, E> CompactGraph<V, E> of(Graph<V, E> graph) {
        Objects.requireNonNull(graph, "graph");
        return of(graph, graph.getType().isWeighted());
    }

    /**
     * Views a JGraphT graph, with its edge weights ({@code useWeights}) or with every weight 1.
     *
     * @throws IllegalArgumentException if a used weight is negative, NaN or infinite
     */
    public static <V, E> CompactGraph<V, E> of(Graph<V, E> graph, boolean useWeights) {
        Objects.requireNonNull(graph, "graph");
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        Map<V, Integer> index = new HashMap<>(vertices.size() * 2);
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        int m = graph.edgeSet().size();
        @SuppressWarnings("unchecked")
        E[] edges = (E[]) new Object[m];
        int[] sources = new int[m];
        int[] dests = new int[m];
        double[] weights = useWeights ? new double[m] : null;
        int e = 0;
        for (E edge : graph.edgeSet()) {
            edges[e] = edge;
            sources[e] = index.get(graph.getEdgeSource(edge));
            dests[e] = index.get(graph.getEdgeTarget(edge));
            if (weights != null) {
                weights[e] = graph.getEdgeWeight(edge);
            }
            e++;
        }
        return new CompactGraph<>(Collections.unmodifiableList(vertices), index, i -> edges[i],
                sources, dests, weights);
    }

    /**
     * Builds a view straight from edge arrays, for callers that stream edges without a JGraphT
     * graph. The edge objects are the edge indices. The arrays are copied.
     *
     * @param vertices distinct vertices; vertex {@code i} is {@code vertices.get(i)}
     * @param sources  source vertex index of each edge
     * @param targets  target vertex index of each edge, same length as {@code sources}
     * @param weights  edge weights, same length, or null for an unweighted graph
     */
    public static <V> CompactGraph<V, Integer> fromEdges(List<V> vertices, int[] sources, int[] targets,
                                                         double[] weights) {
        Objects.requireNonNull(vertices, "vertices");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(targets, "targets");
        if (sources.length != targets.length || weights != null && weights.length != sources.length) {
            throw new IllegalArgumentException("sources, targets and weights must have the same length");
        }
        List<V> copy = List.copyOf(vertices);
        Map<V, Integer> index = new HashMap<>(copy.size() * 2);
        for (int i = 0; i < copy.size(); i++) {
            if (index.put(copy.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate vertex " + copy.get(i));
            }
        }
        return new CompactGraph<>(copy, index, Integer::valueOf, sources.clone(), targets.clone(),
                weights == null ? null : weights.clone());
    }

    private static void checkIndex(int v, int n) {
        if (v < 0 || v >= n) {
            throw new IllegalArgumentException("vertex index " + v + " outside 0.." + (n - 1));
        }
    }

    /** Number of vertices {@code n}. */
    public int vertexCount() {
        return vertices.size();
    }

    /** Number of edges {@code m}, self-loops included. */
    public int edgeCount() {
        return edgeCount;
    }

    /** Number of arcs: twice the number of non-loop edges. */
    public int arcCount() {
        return targets.length;
    }

    /** Whether arcs carry weights; if not, every weight is 1. */
    public boolean isWeighted() {
        return weights != null;
    }

    /** The vertex with index {@code i}. */
    public V vertex(int i) {
        return vertices.get(i);
    }

    /** All vertices, in index order (unmodifiable). */
    public List<V> vertices() {
        return vertices;
    }

    /** Index of {@code v}, or -1 if it is not in the graph. */
    public int indexOf(V v) {
        Integer i = indexOf.get(v);
        return i == null ? -1 : i;
    }

    /** Whether {@code v} is a vertex of the graph. */
    public boolean containsVertex(V v) {
        return indexOf.containsKey(v);
    }

    /** The source graph's edge with index {@code e}. */
    public E edge(int e) {
        Objects.checkIndex(e, edgeCount);
        return edgeLookup.apply(e);
    }

    /** First arc of vertex {@code v}; its arcs are {@code firstArc(v) .. endArc(v)-1}. */
    public int firstArc(int v) {
        return offsets[v];
    }

    /** One past the last arc of vertex {@code v}. */
    public int endArc(int v) {
        return offsets[v + 1];
    }

    /** Number of arcs at {@code v} (its degree without self-loops). */
    public int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    /** Head vertex of arc {@code a}. */
    public int arcTarget(int a) {
        return targets[a];
    }

    /** Edge index of arc {@code a}. */
    public int arcEdge(int a) {
        return arcEdges[a];
    }

    /** Weight of arc {@code a} (1 if unweighted). */
    public double arcWeight(int a) {
        return weights == null ? 1.0 : weights[a];
    }

    /** Summed weight of the self-loops at {@code v}. */
    public double selfLoopWeight(int v) {
        return selfLoops[v];
    }

    /** Weighted degree of {@code v}; a self-loop counts twice, as in modularity. */
    public double weightedDegree(int v) {
        return weightedDegrees[v];
    }

    /** Sum of all weighted degrees, i.e. twice the total edge weight ({@code 2m}). */
    public double totalWeight() {
        return totalWeight;
    }

    @Override
    public String toString() {
        return "CompactGraph[n=" + vertexCount() + ", m=" + edgeCount + ", weighted=" + isWeighted() + "]";
    }
}
