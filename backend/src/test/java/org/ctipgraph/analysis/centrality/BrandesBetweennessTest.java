package org.ctipgraph.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;

import org.ctipgraph.analysis.CompactGraph;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.generate.GnmRandomGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.Multigraph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrandesBetweennessTest {

    private static Graph<Integer, DefaultEdge> path(int n) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) {
            g.addVertex(i);
            if (i > 0) {
                g.addEdge(i - 1, i);
            }
        }
        return g;
    }

    /** Triangles {0,1,2} and {3,4,5} joined by the bridge 2-3. */
    static Graph<Integer, DefaultEdge> bridgeGraph() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < 6; i++) {
            g.addVertex(i);
        }
        g.addEdge(0, 1);
        g.addEdge(1, 2);
        g.addEdge(0, 2);
        g.addEdge(3, 4);
        g.addEdge(4, 5);
        g.addEdge(3, 5);
        g.addEdge(2, 3);
        return g;
    }

    private static Graph<Integer, DefaultEdge> randomGraph(int n, int m, long seed) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        new GnmRandomGraphGenerator<Integer, DefaultEdge>(n, m, seed).generateGraph(g);
        return g;
    }

    @Test
    void pathGraphScoresAreIntimesNMinus1MinusI() {
        Map<Integer, Double> scores = new BrandesBetweenness<>(CompactGraph.of(path(5))).getScores();
        assertThat(scores).containsExactlyInAnyOrderEntriesOf(Map.of(0, 0.0, 1, 3.0, 2, 4.0, 3, 3.0, 4, 0.0));
    }

    @Test
    void starCentreLiesOnEveryLeafPair() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        g.addVertex(0);
        for (int leaf = 1; leaf <= 4; leaf++) {
            g.addVertex(leaf);
            g.addEdge(0, leaf);
        }
        BrandesBetweenness<Integer> b = new BrandesBetweenness<>(CompactGraph.of(g));
        assertThat(b.getVertexScore(0)).isEqualTo(6.0);
        assertThat(b.getVertexScore(3)).isEqualTo(0.0);
        // normalised: 6 / ((5-1)(5-2))
        assertThat(BrandesBetweenness.exact(CompactGraph.of(g), true).getVertexScore(0)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void bridgeEndsCarryAllCrossingPaths() {
        Map<Integer, Double> scores = new BrandesBetweenness<>(CompactGraph.of(bridgeGraph())).getScores();
        assertThat(scores).containsExactlyInAnyOrderEntriesOf(
                Map.of(0, 0.0, 1, 0.0, 2, 6.0, 3, 6.0, 4, 0.0, 5, 0.0));
    }

    @Test
    void splitsEqualShortestPaths() {
        // a 4-cycle: each vertex is on one of the two shortest paths between its two neighbours
        Graph<Integer, DefaultEdge> g = path(4);
        g.addEdge(3, 0);
        assertThat(new BrandesBetweenness<>(CompactGraph.of(g)).getScores().values()).containsOnly(0.5);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void equalsJGraphTOnRandomGraphs(long seed) {
        Graph<Integer, DefaultEdge> g = randomGraph(300, 900, seed);
        for (boolean normalize : new boolean[] {false, true}) {
            Map<Integer, Double> expected = new BetweennessCentrality<>(g, normalize).getScores();
            Map<Integer, Double> actual = BrandesBetweenness.exact(CompactGraph.of(g), normalize).getScores();
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            expected.forEach((v, s) -> assertThat(actual.get(v)).as("vertex %s", v).isCloseTo(s, within(1e-9)));
        }
    }

    @Test
    void equalsJGraphTOnWeightedGraphs() {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.createDefaultWeightedEdgeSupplier());
        new GnmRandomGraphGenerator<Integer, DefaultWeightedEdge>(200, 800, 7).generateGraph(g);
        Random rnd = new Random(7);
        // small integer weights: many ties, so path counting matters
        g.edgeSet().forEach(e -> g.setEdgeWeight(e, 1 + rnd.nextInt(3)));
        Map<Integer, Double> expected = new BetweennessCentrality<>(g, false).getScores();
        Map<Integer, Double> actual = new BrandesBetweenness<>(CompactGraph.of(g)).getScores();
        expected.forEach((v, s) -> assertThat(actual.get(v)).as("vertex %s", v).isCloseTo(s, within(1e-9)));
    }

    @Test
    void equalsJGraphTOnMultigraphs() {
        Graph<Integer, DefaultEdge> g = new Multigraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        new GnmRandomGraphGenerator<Integer, DefaultEdge>(100, 300, 11, false, true).generateGraph(g);
        Map<Integer, Double> expected = new BetweennessCentrality<>(g, false).getScores();
        Map<Integer, Double> actual = new BrandesBetweenness<>(CompactGraph.of(g)).getScores();
        expected.forEach((v, s) -> assertThat(actual.get(v)).isCloseTo(s, within(1e-9)));
    }

    @Test
    void resultsAreIdenticalWhateverTheNumberOfThreads() {
        CompactGraph<Integer, DefaultEdge> c = CompactGraph.of(randomGraph(500, 2000, 5));
        double[] one = new BrandesBetweenness<>(c, false, BrandesBetweenness.EXACT, 0, 1).scoresByIndex();
        double[] two = new BrandesBetweenness<>(c, false, BrandesBetweenness.EXACT, 0, 2).scoresByIndex();
        double[] four = new BrandesBetweenness<>(c, false, BrandesBetweenness.EXACT, 0, 4).scoresByIndex();
        assertThat(two).isEqualTo(one);
        assertThat(four).isEqualTo(one);
    }

    @Test
    void samplingIsSeededAndEstimatesTheExactScores() {
        CompactGraph<Integer, DefaultEdge> c = CompactGraph.of(randomGraph(2000, 8000, 9));
        double[] exact = BrandesBetweenness.exact(c, false).scoresByIndex();
        double[] a = BrandesBetweenness.sampled(c, false, 400, 123).scoresByIndex();
        double[] b = BrandesBetweenness.sampled(c, false, 400, 123).scoresByIndex();
        double[] other = BrandesBetweenness.sampled(c, false, 400, 124).scoresByIndex();
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(other);
        double sumExact = 0;
        double sumSampled = 0;
        for (int v = 0; v < exact.length; v++) {
            sumExact += exact[v];
            sumSampled += a[v];
        }
        assertThat(sumSampled).isCloseTo(sumExact, within(0.05 * sumExact));
        // the top vertex by the exact score is among the sampled top ten
        int top = argMax(exact);
        long higher = java.util.stream.IntStream.range(0, a.length).filter(v -> a[v] > a[top]).count();
        assertThat(higher).isLessThan(10);
        // sampling every vertex is exact
        assertThat(BrandesBetweenness.sampled(c, false, 2000, 1).scoresByIndex()).isEqualTo(exact);
    }

    private static int argMax(double[] x) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[best]) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void emptyAndTinyGraphsHaveZeroScores() {
        assertThat(new BrandesBetweenness<>(CompactGraph.of(path(0))).getScores()).isEmpty();
        assertThat(BrandesBetweenness.exact(CompactGraph.of(path(2)), true).getScores().values()).containsOnly(0.0);
    }
}
