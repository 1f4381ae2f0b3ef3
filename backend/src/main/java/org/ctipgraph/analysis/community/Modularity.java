package org.ctipgraph.analysis.community;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import org.ctipgraph.analysis.CompactGraph;
import org.jgrapht.Graph;

/**
 * Newman–Girvan modularity with a resolution parameter γ (M. E. J. Newman, "Modularity and
 * community structure in networks", PNAS 103(23), 2006; resolution as in J. Reichardt and
 * S. Bornholdt, Phys. Rev. E 74, 2006):
 * {@code Q = 1/(2m) Σ_ij (A_ij − γ k_i k_j / (2m)) δ(c_i, c_j)}, on the undirected (optionally
 * weighted) graph; a self-loop adds twice its weight to its vertex's degree, as in NetworkX and
 * JGraphT's {@code UndirectedModularityMeasurer}. Time {@code O(n + m)}.
 */
public final class Modularity {

    /** The classic modularity's resolution. */
    public static final double DEFAULT_RESOLUTION = 1.0;

    private Modularity() {
    }

    /**
     * Modularity of a membership array ({@code membership[v]} is the community of vertex index
     * {@code v}; any non-negative ids).
     */
    public static double of(CompactGraph<?, ?> graph, int[] membership, double resolution) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(membership, "membership");
        int n = graph.vertexCount();
        if (membership.length != n) {
            throw new IllegalArgumentException("membership has " + membership.length + " entries for "
                    + n + " vertices");
        }
        int maxId = -1;
        for (int c : membership) {
            if (c < 0) {
                throw new IllegalArgumentException("negative community id " + c);
            }
            maxId = Math.max(maxId, c);
        }
        double twoM = graph.totalWeight();
        if (twoM == 0) {
            return 0;
        }
        double[] internal = new double[maxId + 1];
        double[] total = new double[maxId + 1];
        for (int v = 0; v < n; v++) {
            int c = membership[v];
            total[c] += graph.weightedDegree(v);
            double in = 2 * graph.selfLoopWeight(v);
            for (int a = graph.firstArc(v), end = graph.endArc(v); a < end; a++) {
                if (membership[graph.arcTarget(a)] == c) {
                    in += graph.arcWeight(a);
                }
            }
            internal[c] += in;
        }
        double q = 0;
        for (int c = 0; c <= maxId; c++) {
            q += internal[c] / twoM - resolution * (total[c] / twoM) * (total[c] / twoM);
        }
        return q;
    }

    /** Modularity of a clustering given as vertex sets (vertices in no set are singletons). */
    public static <V, E> double of(Graph<V, E> graph, Collection<? extends Set<V>> communities,
                                   double resolution) {
        CompactGraph<V, E> g = CompactGraph.of(graph);
        int[] membership = new int[g.vertexCount()];
        java.util.Arrays.fill(membership, -1);
        int id = 0;
        for (Set<V> community : communities) {
            for (V v : community) {
                int i = g.indexOf(v);
                if (i < 0) {
                    throw new IllegalArgumentException("vertex not in graph: " + v);
                }
                if (membership[i] >= 0) {
                    throw new IllegalArgumentException("vertex in two communities: " + v);
                }
                membership[i] = id;
            }
            id++;
        }
        for (int v = 0; v < membership.length; v++) {
            if (membership[v] < 0) {
                membership[v] = id++;
            }
        }
        return of(g, membership, resolution);
    }
}
