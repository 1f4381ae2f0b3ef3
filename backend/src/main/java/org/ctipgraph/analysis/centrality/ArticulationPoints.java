package org.ctipgraph.analysis.centrality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.ctipgraph.analysis.CompactGraph;

/**
 * Articulation points (cut vertices) and bridges of an undirected graph.
 *
 * <p>J. Hopcroft and R. Tarjan, "Algorithm 447: Efficient algorithms for graph manipulation",
 * Communications of the ACM 16(6):372–378, 1973: one depth-first search computing discovery
 * times and low points. The search is iterative, with an explicit stack, so a 100,000-vertex path
 * does not overflow the thread stack (JGraphT's recursive {@code BiconnectivityInspector} does on
 * ~10k vertices). Parallel edges are not bridges; self-loops are ignored. Time and memory
 * {@code O(n + m)}.
 *
 * @param <V> vertex type
 * @param <E> edge type
 */
public final class ArticulationPoints<V, E> {

    private final CompactGraph<V, E> graph;
    private Result<V, E> result;

    /** Articulation points and bridges found in one search. */
    public record Result<V, E>(Set<V> articulationPoints, List<E> bridges) {
        public Result {
            articulationPoints = Collections.unmodifiableSet(new LinkedHashSet<>(articulationPoints));
            bridges = List.copyOf(bridges);
        }
    }

    public ArticulationPoints(CompactGraph<V, E> graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /** Cut vertices, in vertex index order. */
    public Set<V> articulationPoints() {
        return result().articulationPoints();
    }

    /** Bridges (edges whose removal disconnects their component), in discovery order. */
    public List<E> bridges() {
        return result().bridges();
    }

    /** Both answers. */
    public synchronized Result<V, E> result() {
        if (result == null) {
            result = compute();
        }
        return result;
    }

    private Result<V, E> compute() {
        CompactGraph<V, E> g = graph;
        int n = g.vertexCount();
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] parentEdge = new int[n];
        int[] nextArc = new int[n];
        int[] stack = new int[n];
        boolean[] cut = new boolean[n];
        Arrays.fill(disc, -1);
        List<E> bridges = new ArrayList<>();
        int time = 0;
        for (int root = 0; root < n; root++) {
            if (disc[root] >= 0) {
                continue;
            }
            int rootChildren = 0;
            int top = 0;
            stack[0] = root;
            disc[root] = low[root] = time++;
            parent[root] = -1;
            parentEdge[root] = -1;
            nextArc[root] = g.firstArc(root);
            while (top >= 0) {
                int v = stack[top];
                if (nextArc[v] < g.endArc(v)) {
                    int a = nextArc[v]++;
                    int e = g.arcEdge(a);
                    if (e == parentEdge[v]) {
                        continue; // the tree edge itself; a parallel edge to the parent is a back edge
                    }
                    int w = g.arcTarget(a);
                    if (disc[w] < 0) {
                        disc[w] = low[w] = time++;
                        parent[w] = v;
                        parentEdge[w] = e;
                        nextArc[w] = g.firstArc(w);
                        stack[++top] = w;
                        if (v == root) {
                            rootChildren++;
                        }
                    } else if (disc[w] < low[v]) {
                        low[v] = disc[w];
                    }
                } else {
                    top--;
                    int p = parent[v];
                    if (p >= 0) {
                        if (low[v] < low[p]) {
                            low[p] = low[v];
                        }
                        if (p != root && low[v] >= disc[p]) {
                            cut[p] = true;
                        }
                        if (low[v] > disc[p]) {
                            bridges.add(g.edge(parentEdge[v]));
                        }
                    }
                }
            }
            if (rootChildren >= 2) {
                cut[root] = true;
            }
        }
        Set<V> points = new LinkedHashSet<>();
        for (int v = 0; v < n; v++) {
            if (cut[v]) {
                points.add(g.vertex(v));
            }
        }
        return new Result<>(points, bridges);
    }
}
