package org.ctipgraph.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ctipgraph.analysis.CompactGraph;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class RankedVertexTest {

    private static Graph<String, DefaultEdge> star() {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        List.of("broker", "a", "b", "c", "d").forEach(g::addVertex);
        List.of("a", "b", "c", "d").forEach(leaf -> g.addEdge("broker", leaf));
        g.addEdge("a", "b");
        return g;
    }

    @Test
    void ranksAnyJGraphTScorerHighestFirst() {
        Graph<String, DefaultEdge> g = star();
        List<RankedVertex<String>> byBetweenness = RankedVertex.top(new BrandesBetweenness<>(CompactGraph.of(g)), 2);
        assertThat(byBetweenness).extracting(RankedVertex::vertex).first().isEqualTo("broker");
        assertThat(byBetweenness).extracting(RankedVertex::rank).containsExactly(1, 2);

        assertThat(RankedVertex.top(new PageRank<>(g), 1).getFirst().vertex()).isEqualTo("broker");
        assertThat(RankedVertex.top(new DegreeCentrality<>(g, false, false), 10)).hasSize(5);
    }

    @Test
    void degreeCentralityCountsOrNormalises() {
        DegreeCentrality<String, DefaultEdge> raw = new DegreeCentrality<>(star(), false, false);
        assertThat(raw.getVertexScore("broker")).isEqualTo(4.0);
        assertThat(raw.getVertexScore("a")).isEqualTo(2.0);
        assertThat(new DegreeCentrality<>(star(), true, true).getVertexScore("broker")).isEqualTo(1.0);
    }
}
