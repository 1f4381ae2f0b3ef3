package org.ctipgraph.analysis.centrality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * A vertex with its score and 1-based rank, for "key players" lists.
 *
 * @param vertex the vertex
 * @param score  its score
 * @param rank   1 for the highest score
 * @param <V> vertex type
 */
public record RankedVertex<V>(V vertex, double score, int rank) {

    /**
     * The {@code k} highest-scoring vertices of any JGraphT scorer ({@code PageRank},
     * {@link BrandesBetweenness}, {@link DegreeCentrality}, ...), highest first. Equal scores keep
     * the scorer's iteration order, so the ranking is deterministic.
     */
    public static <V> List<RankedVertex<V>> top(VertexScoringAlgorithm<V, Double> scorer, int k) {
        Objects.requireNonNull(scorer, "scorer");
        if (k < 0) {
            throw new IllegalArgumentException("k must be non-negative: " + k);
        }
        List<Map.Entry<V, Double>> entries = new ArrayList<>(scorer.getScores().entrySet());
        entries.sort(Comparator.comparing((Map.Entry<V, Double> e) -> e.getValue()).reversed());
        List<RankedVertex<V>> result = new ArrayList<>(Math.min(k, entries.size()));
        for (int i = 0; i < Math.min(k, entries.size()); i++) {
            result.add(new RankedVertex<>(entries.get(i).getKey(), entries.get(i).getValue(), i + 1));
        }
        return List.copyOf(result);
    }
}
