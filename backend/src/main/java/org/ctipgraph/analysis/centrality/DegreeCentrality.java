package org.ctipgraph.analysis.centrality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * Degree centrality (L. C. Freeman, "Centrality in social networks: conceptual clarification",
 * Social Networks 1(3), 1979): the number of edges at a vertex, or the sum of their weights,
 * optionally divided by {@code n - 1}. JGraphT 1.5.3 has no such scorer. Time {@code O(n + m)}.
 *
 * @param <V> vertex type
 * @param <E> edge type
 */
public final class DegreeCentrality<V, E> implements VertexScoringAlgorithm<V, Double> {

    private final Map<V, Double> scores;

    /**
     * @param graph     the graph; on a directed graph in- and out-edges both count
     * @param weighted  sum edge weights instead of counting edges
     * @param normalize divide by {@code n - 1}
     */
    public DegreeCentrality(Graph<V, E> graph, boolean weighted, boolean normalize) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.vertexSet().size();
        double divisor = normalize && n > 1 ? n - 1 : 1;
        Map<V, Double> map = new LinkedHashMap<>();
        for (V v : graph.vertexSet()) {
            double d = 0;
            if (weighted) {
                for (E e : graph.edgesOf(v)) {
                    // a self-loop touches its vertex twice
                    d += graph.getEdgeWeight(e) * (graph.getEdgeSource(e).equals(graph.getEdgeTarget(e)) ? 2 : 1);
                }
            } else {
                d = graph.degreeOf(v);
            }
            map.put(v, d / divisor);
        }
        this.scores = Collections.unmodifiableMap(map);
    }

    @Override
    public Map<V, Double> getScores() {
        return scores;
    }

    @Override
    public Double getVertexScore(V v) {
        Double s = scores.get(v);
        if (s == null) {
            throw new IllegalArgumentException("vertex not in graph: " + v);
        }
        return s;
    }
}
