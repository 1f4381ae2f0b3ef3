package org.ctipgraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class CompactGraphTest {

    @Test
    void viewsEveryEdgeAsTwoArcsAndKeepsTheMapping() {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        List.of("a", "b", "c").forEach(g::addVertex);
        DefaultEdge ab = g.addEdge("a", "b");
        g.addEdge("b", "c");

        CompactGraph<String, DefaultEdge> c = CompactGraph.of(g);

        assertThat(c.vertexCount()).isEqualTo(3);
        assertThat(c.edgeCount()).isEqualTo(2);
        assertThat(c.arcCount()).isEqualTo(4);
        assertThat(c.isWeighted()).isFalse();
        int b = c.indexOf("b");
        assertThat(c.vertex(b)).isEqualTo("b");
        assertThat(c.degree(b)).isEqualTo(2);
        assertThat(c.indexOf("zzz")).isEqualTo(-1);
        int a = c.indexOf("a");
        assertThat(c.arcTarget(c.firstArc(a))).isEqualTo(b);
        assertThat(c.edge(c.arcEdge(c.firstArc(a)))).isSameAs(ab);
        assertThat(c.totalWeight()).isEqualTo(4.0);
    }

    @Test
    void keepsSelfLoopsApartAndParallelEdgesParallel() {
        Graph<Integer, DefaultEdge> g = new Pseudograph<>(DefaultEdge.class);
        g.addVertex(0);
        g.addVertex(1);
        g.addEdge(0, 1);
        g.addEdge(0, 1);
        g.addEdge(1, 1);

        CompactGraph<Integer, DefaultEdge> c = CompactGraph.of(g);

        assertThat(c.degree(0)).isEqualTo(2);
        assertThat(c.degree(1)).isEqualTo(2);
        assertThat(c.selfLoopWeight(1)).isEqualTo(1.0);
        assertThat(c.weightedDegree(1)).isEqualTo(4.0);
        assertThat(c.totalWeight()).isEqualTo(6.0);
    }

    @Test
    void usesWeightsOfWeightedGraphsAndRejectsNegativeOnes() {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        g.addVertex(0);
        g.addVertex(1);
        g.setEdgeWeight(g.addEdge(0, 1), 2.5);

        CompactGraph<Integer, DefaultWeightedEdge> c = CompactGraph.of(g);
        assertThat(c.isWeighted()).isTrue();
        assertThat(c.arcWeight(0)).isEqualTo(2.5);
        assertThat(CompactGraph.of(g, false).arcWeight(0)).isEqualTo(1.0);

        g.setEdgeWeight(g.getEdge(0, 1), -1);
        assertThatThrownBy(() -> CompactGraph.of(g)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildsFromEdgeArrays() {
        CompactGraph<String, Integer> c = CompactGraph.fromEdges(List.of("x", "y", "z"),
                new int[] {0, 1}, new int[] {1, 2}, null);
        assertThat(c.degree(1)).isEqualTo(2);
        assertThat(c.edge(1)).isEqualTo(1);
        assertThatThrownBy(() -> CompactGraph.fromEdges(List.of("x"), new int[] {0}, new int[] {1}, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
