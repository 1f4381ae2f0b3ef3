package org.ctipgraph.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.ctipgraph.analysis.CompactGraph;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.generate.GnmRandomGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Multigraph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticulationPointsTest {

    @Test
    void bridgeGraphHasTwoCutVerticesAndOneBridge() {
        Graph<Integer, DefaultEdge> g = BrandesBetweennessTest.bridgeGraph();
        ArticulationPoints<Integer, DefaultEdge> ap = new ArticulationPoints<>(CompactGraph.of(g));
        assertThat(ap.articulationPoints()).containsExactlyInAnyOrder(2, 3);
        assertThat(ap.bridges()).containsExactly(g.getEdge(2, 3));
    }

    @Test
    void cycleHasNone() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < 5; i++) {
            g.addVertex(i);
        }
        for (int i = 0; i < 5; i++) {
            g.addEdge(i, (i + 1) % 5);
        }
        ArticulationPoints<Integer, DefaultEdge> ap = new ArticulationPoints<>(CompactGraph.of(g));
        assertThat(ap.articulationPoints()).isEmpty();
        assertThat(ap.bridges()).isEmpty();
    }

    @Test
    void starCentreIsTheOnlyCutVertexAndParallelEdgesAreNoBridges() {
        Graph<Integer, DefaultEdge> g = new Multigraph<>(DefaultEdge.class);
        g.addVertex(0);
        for (int leaf = 1; leaf <= 3; leaf++) {
            g.addVertex(leaf);
            g.addEdge(0, leaf);
        }
        DefaultEdge second = g.addEdge(0, 3);
        ArticulationPoints<Integer, DefaultEdge> ap = new ArticulationPoints<>(CompactGraph.of(g));
        assertThat(ap.articulationPoints()).containsExactly(0);
        assertThat(ap.bridges()).containsExactlyInAnyOrder(g.getEdge(0, 1), g.getEdge(0, 2));
        assertThat(ap.bridges()).doesNotContain(second);
    }

    @Test
    void hundredThousandVertexPathDoesNotOverflowTheStack() {
        int n = 100_000;
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) {
            g.addVertex(i);
            if (i > 0) {
                g.addEdge(i - 1, i);
            }
        }
        ArticulationPoints<Integer, DefaultEdge> ap = new ArticulationPoints<>(CompactGraph.of(g));
        assertThat(ap.articulationPoints()).hasSize(n - 2).doesNotContain(0, n - 1);
        assertThat(ap.bridges()).hasSize(n - 1);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void agreesWithJGraphTOnSparseRandomGraphs(long seed) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        new GnmRandomGraphGenerator<Integer, DefaultEdge>(400, 450, seed).generateGraph(g);
        BiconnectivityInspector<Integer, DefaultEdge> expected = new BiconnectivityInspector<>(g);
        ArticulationPoints<Integer, DefaultEdge> actual = new ArticulationPoints<>(CompactGraph.of(g));
        assertThat(actual.articulationPoints()).isEqualTo(expected.getCutpoints());
        assertThat(new HashSet<>(actual.bridges())).isEqualTo(expected.getBridges());
    }
}
